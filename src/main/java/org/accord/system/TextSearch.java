package org.accord.system;

import java.util.Locale;

/**
 * A text that readers look for inside titles and symbols, as a SQL {@code like} pattern: compared in
 * lower case, with {@code %} and {@code _} taken literally (escaped with a backslash, so the SQL says
 * {@code escape '\'}), in the same way on PostgreSQL and H2.
 */
public final class TextSearch {

  /** How long a text to find may be: longer than any title or symbol it could be found in. */
  public static final int MAX_LENGTH = Limits.TITLE;

  private TextSearch() {}

  /** The pattern of the titles that contain {@code text}, in any case. */
  public static String containing(String text) {
    StringBuilder pattern = new StringBuilder("%");
    for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
