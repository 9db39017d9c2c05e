package org.accord.statistics;

import java.util.List;
import org.accord.document.DocumentType;

/**
 * How long the procedure takes per document type: from the document's creation (its drafting) to its
 * adoption, in hours, as the median and the 90th percentile of the documents adopted.
 *
 * @param year the year of adoption; null for all
 */
public record CycleTimes(Integer year, List<Cycle> types) {

  /** A type's cycle; the hours are null while no document of the type is adopted. */
  public record Cycle(DocumentType type, long adopted, Double medianHours, Double p90Hours) {}
}
