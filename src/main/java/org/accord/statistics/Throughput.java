package org.accord.statistics;

import java.util.List;

/**
 * Documents created and adopted per month, in the forum's time zone: the months of a year, or every month
 * from the first one with a document to the last.
 *
 * @param year the year asked for; null for every month
 */
public record Throughput(Integer year, List<Month> months) {

  /** A month ("2022-12"). */
  public record Month(String month, long created, long adopted) {}
}
