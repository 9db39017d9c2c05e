package org.accord.document;

import java.util.Collection;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the symbols of one type of document are written, as config/forum.yaml gives it: literal text with
 * two placeholders, {@code {year}} (the year of registration, four digits, in the forum's time zone)
 * and {@code {n}} (the document's number among those of its type and year). For example
 * {@code CICA/SWG/{year}/CP-{n}} gives CICA/SWG/2026/CP-3.
 */
record SymbolPattern(String text) {

  static final String YEAR = "{year}";
  static final String NUMBER = "{n}";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

  SymbolPattern {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A symbol pattern is empty");
    }
    int numbers = 0;
    Matcher placeholders = PLACEHOLDER.matcher(text);
    while (placeholders.find()) {
      String found = placeholders.group();
      if (found.equals(NUMBER)) {
        numbers++;
      } else if (!found.equals(YEAR)) {
        throw new IllegalArgumentException("The symbol pattern " + text + " has " + found
            + "; only " + YEAR + " and " + NUMBER + " are known");
      }
    }
    if (numbers != 1) {
      throw new IllegalArgumentException("The symbol pattern " + text + " needs " + NUMBER + " exactly once");
    }
  }

  /**
   * The next symbol of the year: one more than the highest number among the symbols of the type that
   * fit the pattern in that year (1 when none does), passing over any a document of another type holds.
   *
   * @param given the symbols already given to documents of the type
   * @param taken whether a symbol is held by any document
   */
  String next(int year, Collection<String> given, Predicate<String> taken) {
    Pattern fitting = Pattern.compile(regex(year));
    int highest = 0;
    for (String symbol : given) {
      Matcher match = fitting.matcher(symbol);
      if (match.matches()) {
        highest = Math.max(highest, number(match.group(1)));
      }
    }
    int n = highest + 1;
    while (taken.test(symbol(year, n))) {
      n++;
    }
    return symbol(year, n);
  }

  String symbol(int year, int n) {
    return text.replace(YEAR, String.valueOf(year)).replace(NUMBER, String.valueOf(n));
  }

  /** The pattern as a regular expression for one year, its number captured. */
  private String regex(int year) {
    StringBuilder regex = new StringBuilder();
    Matcher placeholders = PLACEHOLDER.matcher(text);
    int from = 0;
    while (placeholders.find()) {
      regex.append(Pattern.quote(text.substring(from, placeholders.start())));
      regex.append(placeholders.group().equals(NUMBER) ? "(\\d{1,9})" : Pattern.quote(String.valueOf(year)));
      from = placeholders.end();
    }
    return regex.append(Pattern.quote(text.substring(from))).toString();
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
