package org.accord.meeting;

import java.time.OffsetDateTime;

/** An SOC meeting. */
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
    String summarySha256) {}
