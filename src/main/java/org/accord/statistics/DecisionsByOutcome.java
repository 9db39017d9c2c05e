package org.accord.statistics;

import java.util.List;
import java.util.Map;
import org.accord.decision.SocOutcome;

/**
 * What the SOC decided, by the date of the act and outcome (every outcome, zeros included): the months
 * of a year, or every year from the first decision to the last. One decision per document, so a budget
 * and its staff matrix decided together count two.
 *
 * @param year the year asked for; null for every year
 */
public record DecisionsByOutcome(Integer year, long total, Map<SocOutcome, Long> totals, List<Period> periods) {

  /** A month ("2022-12") or a year ("2022"). */
  public record Period(String period, long total, Map<SocOutcome, Long> byOutcome) {}
}
