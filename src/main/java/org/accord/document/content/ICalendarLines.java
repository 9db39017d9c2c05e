package org.accord.document.content;

/**
 * Content lines of an iCalendar body (RFC 5545): CRLF endings, TEXT values escaped, and lines
 * folded at 75 octets without splitting a UTF-8 character.
 */
final class ICalendarLines {

  private static final int MAX_OCTETS = 75;

  private final StringBuilder body = new StringBuilder();

  /** A property whose value is already in iCalendar form (a date, a code). */
  ICalendarLines property(String nameAndParameters, String value) {
    fold(nameAndParameters + ":" + value);
    return this;
  }

  /** A property of type TEXT. */
  ICalendarLines text(String name, String value) {
    return property(name, escape(value));
  }

  @Override
  public String toString() {
    return body.toString();
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n");
  }

  private void fold(String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
      int codePoint = line.codePointAt(i);
      int size = utf8Octets(codePoint);
      if (octets + size > MAX_OCTETS) {
        body.append("\r\n ");
        octets = 1;
      }
      body.appendCodePoint(codePoint);
      octets += size;
    }
    body.append("\r\n");
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
