package org.accord.negotiation;

import java.time.OffsetDateTime;

/**
 * A delegation's first position in a round: given by one of its delegates, or taken from its silence
 * at the deadline ({@code bySilence}). Published inside the step's transaction; a later change of the
 * position is not a new one.
 */
public record PositionGiven(long documentId, long roundId, int roundNumber, String delegationCode, PositionKind kind,
    boolean bySilence, OffsetDateTime roundOpenedAt, OffsetDateTime givenAt) {}
