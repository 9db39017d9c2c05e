package org.accord.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.DocumentType;

/**
 * What is late and who it waits for: the first rounds still open, the soonest deadline first, with the
 * member states that have not answered; and, over every open round, for each member state some round
 * waits for, how many rounds wait for it and in how many the deadline has passed (most overdue first).
 *
 * @param at the moment the figures were taken (UTC)
 * @param open how many rounds are open, listed or not
 * @param overdue how many of them are past their deadline
 */
public record OpenRounds(OffsetDateTime at, int open, int overdue, List<Round> rounds, List<Waiting> waitingFor) {

  public record Round(long documentId, String symbol, String title, DocumentType type, int round,
      OffsetDateTime openedAt, OffsetDateTime deadline, boolean overdue, int answered, List<String> silent) {}

  public record Waiting(String delegation, int rounds, int overdue) {}
}
