package org.accord.meeting;

/** Where an SOC meeting stands. */
public enum MeetingStatus {
  /** Convened: the Secretariat builds the agenda. */
  CONVENED,
  /** The agenda is set: the SOC Chair records one decision per item. */
  IN_SESSION,
  /** Closed; its summary record is kept. */
  CLOSED
}
