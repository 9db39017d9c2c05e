package org.accord.statistics;

import java.util.List;
import java.util.Map;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;

/**
 * Where the documents stand: every stage in the procedure's order, with its documents by type (every
 * type, zeros included). Staff matrices count as documents of their own, as the library lists them.
 *
 * @param year the year the documents were created in; null for all
 */
public record DocumentsByStage(Integer year, long total, List<Stage> stages) {

  public record Stage(DocumentStatus stage, long total, Map<DocumentType, Long> byType) {}
}
