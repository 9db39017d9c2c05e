package org.accord.statistics;

import java.util.List;

/**
 * How quickly each member state answers: the median time from a round's opening to the delegation's first
 * position in its own words, in hours, the quickest first. Delegations with the same median share a rank.
 * A position taken from silence at the deadline is no answer and is not counted.
 *
 * @param year the year the rounds opened; null for all
 */
public record ResponseTimes(Integer year, List<Response> delegations) {

  public record Response(int rank, String delegation, long answers, double medianHours) {}
}
