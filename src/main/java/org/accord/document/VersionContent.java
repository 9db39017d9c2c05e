package org.accord.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.accord.system.Hashing;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;

/** The bytes of a version as uploaded: a text body or a file. */
public record VersionContent(String fileName, String mediaType, byte[] bytes) {

  public static final String TEXT = "text/plain;charset=UTF-8";
  public static final String JSON = "application/json";
  private static final Set<String> FILE_TYPES = Set.of(
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text",
      "text/plain");

  public VersionContent {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("refusal.document.versionEmpty");
    }
    if (bytes.length > Limits.VERSION_BYTES) {
      throw new InvalidInputException("refusal.document.versionTooLarge");
    }
  }

  public static VersionContent text(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("refusal.document.textEmpty");
    }
    return new VersionContent(null, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Structured data, already validated and in canonical form. */
  public static VersionContent data(String canonicalJson) {
    return new VersionContent(null, JSON, canonicalJson.getBytes(StandardCharsets.UTF_8));
  }

  public static VersionContent file(String fileName, String mediaType, byte[] bytes) {
    String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!FILE_TYPES.contains(type)) {
      throw new InvalidInputException("refusal.document.fileType", mediaType);
    }
    return new VersionContent(fileName, type.equals("text/plain") ? TEXT : type, bytes);
  }

  public String sha256() {
    return Hashing.sha256Hex(bytes);
  }

  public String asText() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public boolean isText() {
    return mediaType.startsWith("text/plain");
  }
}
