package org.accord.negotiation;

import java.time.OffsetDateTime;

/** The SWG Chair's ruling once the configured number of rounds is spent. */
public record ChairRuling(long id, long documentId, int afterRound, Ruling ruling, String ruledBy,
    OffsetDateTime ruledAt, String note) {

  public enum Ruling {
    ONE_MORE_ROUND,
    WITHDRAW
  }
}
