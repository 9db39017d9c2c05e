package org.accord.notification;

import java.time.OffsetDateTime;

/** One mail of the outbox as the administrator sees it; a long body is cut short. */
record OutboxEntry(
    long id,
    String kind,
    String reference,
    String recipientUser,
    String recipientEmail,
    String subject,
    String body,
    OutboxStatus status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt) {}
