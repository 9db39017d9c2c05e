package org.accord.document;

import java.time.OffsetDateTime;

/**
 * One uploaded version. Its SHA-256 is taken over the stored content: the canonical JSON of its
 * structured data when it has some, else the file or text. A file beside structured data is an
 * attachment with its own hash.
 */
public record DocumentVersion(
    long id,
    long documentId,
    int number,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String attachmentName,
    String attachmentMediaType,
    String attachmentSha256,
    String note,
    String uploadedBy,
    OffsetDateTime uploadedAt,
    boolean frozen) {

  public boolean hasData() {
    return VersionContent.JSON.equals(mediaType);
  }
}
