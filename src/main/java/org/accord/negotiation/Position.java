package org.accord.negotiation;

import java.time.OffsetDateTime;

/** A delegation's position in one round, as it stands; {@link PositionChange} keeps how it got there. */
public record Position(
    long id,
    long roundId,
    String delegationCode,
    PositionKind kind,
    String text,
    String anchor,
    boolean bySilence,
    String givenBy,
    OffsetDateTime givenAt,
    OffsetDateTime changedAt) {}
