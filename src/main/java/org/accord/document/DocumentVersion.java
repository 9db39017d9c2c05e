package org.accord.document;

import java.time.OffsetDateTime;

/** One uploaded version; its SHA-256 is taken over the stored bytes. */
public record DocumentVersion(
    long id,
    long documentId,
    int number,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String note,
    String uploadedBy,
    OffsetDateTime uploadedAt,
    boolean frozen) {}
