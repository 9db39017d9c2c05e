package org.accord.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  /**
   * A file as uploaded. Its declared type is believed only if its bytes bear it out (a PDF begins with
   * {@code %PDF-}, DOCX and ODT are ZIP packages, plain text is UTF-8 without control characters), so an
   * executable labelled {@code application/pdf} is refused. Its name is kept as its last segment,
   * without control characters ({@link #cleanFileName}).
   */
  public static VersionContent file(String fileName, String mediaType, byte[] bytes) {
    String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!FILE_TYPES.contains(type)) {
      throw new InvalidInputException("refusal.document.fileType", mediaType);
    }
    if (bytes != null && bytes.length > 0 && !bytesAre(type, bytes)) {
      throw new InvalidInputException("refusal.document.fileContent", type);
    }
    return new VersionContent(cleanFileName(fileName), type.equals("text/plain") ? TEXT : type, bytes);
  }

  private static boolean bytesAre(String type, byte[] bytes) {
    return switch (type) {
      case "application/pdf" -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text" -> startsWith(bytes, new byte[] {'P', 'K', 3, 4});
      case "text/plain" -> isPlainText(bytes);
      default -> false;
    };
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isPlainText(byte[] bytes) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
    return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f');
  }

  /**
   * A file name as Accord keeps and sends it back: the last segment of whatever path the client gave
   * ({@code ../../etc/passwd} is {@code passwd}), without control characters or quotes, at most 200
   * characters; none when nothing is left.
   */
  public static String cleanFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    name = name.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
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
