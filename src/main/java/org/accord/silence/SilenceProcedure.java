package org.accord.silence;

import java.time.OffsetDateTime;

/** A silence procedure on one version of a document. */
public record SilenceProcedure(
    long id,
    long documentId,
    String processInstanceId,
    long versionId,
    SilenceStatus status,
    String startedBy,
    OffsetDateTime startedAt,
    OffsetDateTime expiresAt,
    String note,
    String brokenBy,
    String brokenByDelegation,
    OffsetDateTime brokenAt,
    String breakKind,
    String breakText,
    String chairChoice,
    OffsetDateTime closedAt) {}
