package org.accord.system;

import java.util.Locale;

/**
 * Which form of a counted noun a language takes: English has one and other; Russian has one (21
 * день), few (3 дня) and many (5 дней, 11 дней). The message bundles hold a key per form.
 */
public final class Plural {

  private Plural() {}

  public static String category(long count, Locale locale) {
    long n = Math.abs(count);
    if ("ru".equals(locale.getLanguage())) {
      if (n % 10 == 1 && n % 100 != 11) {
        return "one";
      }
      if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
        return "few";
      }
      return "many";
    }
    return n == 1 ? "one" : "other";
  }
}
