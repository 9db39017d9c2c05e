package org.accord.negotiation;

import java.time.OffsetDateTime;

/** A delegation's position in one round. */
public record Position(
    long id,
    long roundId,
    String delegationCode,
    PositionKind kind,
    String text,
    String givenBy,
    OffsetDateTime givenAt) {}
