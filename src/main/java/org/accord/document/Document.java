package org.accord.document;

import java.time.OffsetDateTime;

/** A document under negotiation, as Accord records it. */
public record Document(
    long id,
    DocumentType type,
    String title,
    String symbol,
    String coordinatorCode,
    DocumentStatus status,
    String processInstanceId,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
