package org.accord.meeting;

import java.time.OffsetDateTime;

/**
 * An SOC meeting. Its status follows the clock: a meeting whose agenda is confirmed is in session
 * from its start time, or from {@code openedAt} when the SOC Chair opened it early. The
 * {@code ...ActingFor} fields name the SOC Chair when an acting chair opened or closed it.
 */
public record Meeting(
    long id,
    String title,
    OffsetDateTime startsAt,
    MeetingFormat format,
    String place,
    MeetingStatus status,
    String processInstanceId,
    String createdBy,
    OffsetDateTime createdAt,
    String closedBy,
    OffsetDateTime closedAt,
    String summarySha256,
    String openedBy,
    OffsetDateTime openedAt,
    OffsetDateTime agendaPublishedAt,
    String openedActingFor,
    String closedActingFor) {

  /** A meeting neither opened early nor with its agenda published. */
  public Meeting(long id, String title, OffsetDateTime startsAt, MeetingFormat format, String place,
      MeetingStatus status, String processInstanceId, String createdBy, OffsetDateTime createdAt, String closedBy,
      OffsetDateTime closedAt, String summarySha256) {
    this(id, title, startsAt, format, place, status, processInstanceId, createdBy, createdAt, closedBy, closedAt,
        summarySha256, null, null, null, null, null);
  }

  /** When it sat, or sits, first: opened early by the Chair, else its start time. */
  public OffsetDateTime sessionStart() {
    return openedAt != null && openedAt.isBefore(startsAt) ? openedAt : startsAt;
  }
}
