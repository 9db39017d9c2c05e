package org.accord.negotiation;

import java.time.OffsetDateTime;

/** One entry of a round's record: a position given or changed, by whom and when. */
public record PositionChange(
    long id,
    String delegationCode,
    PositionKind kind,
    String text,
    String anchor,
    boolean bySilence,
    String changedBy,
    OffsetDateTime changedAt) {}
