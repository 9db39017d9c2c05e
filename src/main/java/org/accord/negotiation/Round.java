package org.accord.negotiation;

import java.time.OffsetDateTime;
import org.accord.document.SilenceRule;

/** One SWG negotiation round on one version of a document. */
public record Round(
    long id,
    long documentId,
    int number,
    long versionId,
    int versionNumber,
    Long companionVersionId,
    OffsetDateTime openedAt,
    OffsetDateTime deadline,
    OffsetDateTime reminderAt,
    OffsetDateTime remindedAt,
    boolean extended,
    SilenceRule silenceRule,
    OffsetDateTime closedAt,
    RoundOutcome outcome) {

  public boolean isOpen() {
    return closedAt == null;
  }
}
