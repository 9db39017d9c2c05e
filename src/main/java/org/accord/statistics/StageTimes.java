package org.accord.statistics;

import java.util.List;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;

/**
 * Where the time goes: for each type and stage, the total time an adopted document spent in the stage
 * (over all its stays there), in hours, as the median and the 90th percentile of the documents that went
 * through it. Only the stages documents went through are listed.
 *
 * @param year the year of adoption; null for all
 */
public record StageTimes(Integer year, List<Stay> stages) {

  public record Stay(DocumentType type, DocumentStatus stage, long documents, double medianHours, double p90Hours) {}
}
