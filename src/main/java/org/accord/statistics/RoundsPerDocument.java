package org.accord.statistics;

import java.util.List;
import java.util.Map;
import org.accord.document.DocumentType;

/**
 * How many negotiation rounds the adopted documents took: for each number of rounds, from the fewest to
 * the most, the documents by type. A staff matrix counts its budget's rounds, in which it travelled.
 *
 * @param year the year of adoption; null for all
 */
public record RoundsPerDocument(Integer year, long adopted, List<Rounds> rounds) {

  public record Rounds(int rounds, long total, Map<DocumentType, Long> byType) {}
}
