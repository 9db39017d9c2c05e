package org.accord.decision;

import java.time.OffsetDateTime;

/** A numbered decision of the SOC on one exact version of a document. */
public record Decision(
    long id,
    String number,
    long documentId,
    String documentTitle,
    String documentSymbol,
    long versionId,
    int versionNumber,
    String versionSha256,
    String body,
    SocOutcome outcome,
    String decidedBy,
    OffsetDateTime decidedAt,
    String note) {}
