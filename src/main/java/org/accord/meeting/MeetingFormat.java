package org.accord.meeting;

/** How an SOC meeting is held. */
public enum MeetingFormat {
  IN_PERSON,
  VIDEOCONFERENCE,
  HYBRID
}
