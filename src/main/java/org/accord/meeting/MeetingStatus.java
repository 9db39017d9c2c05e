package org.accord.meeting;

/** Where an SOC meeting stands. */
public enum MeetingStatus {
  /** Convened: the Secretariat builds the agenda. */
  CONVENED,
  /** The agenda is confirmed and the meeting has not yet started: nothing can be decided yet. */
  AGENDA_CONFIRMED,
  /** Sitting, from its start time or from when the SOC Chair opened it: one decision per item. */
  IN_SESSION,
  /** Closed; its summary record is kept. */
  CLOSED
}
