package org.accord.negotiation;

import java.time.OffsetDateTime;
import org.accord.tasklist.TaskCommand;

/**
 * The SWG Chair's confirmation that a round ended in consensus, recommending the text to the SOC;
 * {@code actingFor} names the Chair when an acting chair confirmed.
 */
public record ConsensusConfirmation(long id, long documentId, long roundId, String confirmedBy,
    OffsetDateTime confirmedAt, String note, String actingFor) {

  /** The confirmation as the Chair gives it, with an optional note for the record. */
  public record Given(String note) implements TaskCommand {}
}
