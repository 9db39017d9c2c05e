package org.accord.silence;

import java.time.OffsetDateTime;

/**
 * A silence procedure on one version of a document. {@code startedActingFor} and
 * {@code chosenActingFor} name the SOC Chair when an acting chair circulated the text or made the
 * choice after a break.
 */
public record SilenceProcedure(
    long id,
    long documentId,
    String processInstanceId,
    long versionId,
    SilenceStatus status,
    String startedBy,
    String startedActingFor,
    OffsetDateTime startedAt,
    OffsetDateTime expiresAt,
    String note,
    String brokenBy,
    String brokenByDelegation,
    OffsetDateTime brokenAt,
    String breakKind,
    String breakText,
    String chairChoice,
    String chosenBy,
    String chosenActingFor,
    OffsetDateTime closedAt) {}
