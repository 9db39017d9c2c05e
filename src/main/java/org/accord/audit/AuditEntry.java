package org.accord.audit;

import java.time.OffsetDateTime;

/** One entry of the audit trail: who did what to which subject, when, chained to the entry before. */
public record AuditEntry(long id, OffsetDateTime recordedAt, String actor, String action, String subject,
    String detail, String previousHash, String hash) {}
