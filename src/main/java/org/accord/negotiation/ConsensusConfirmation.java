package org.accord.negotiation;

import java.time.OffsetDateTime;

/** The SWG Chair's confirmation that a round ended in consensus, recommending the text to the SOC. */
public record ConsensusConfirmation(long id, long documentId, long roundId, String confirmedBy,
    OffsetDateTime confirmedAt, String note) {}
