package org.accord.negotiation;

import java.time.OffsetDateTime;

/** The SWG Chair's extension of an open round's deadline, on the record with its reason. */
public record RoundExtension(long id, long roundId, long documentId, int roundNumber, OffsetDateTime previousDeadline,
    OffsetDateTime newDeadline, String reason, String extendedBy, OffsetDateTime extendedAt, String actingFor) {}
