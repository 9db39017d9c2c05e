package org.accord.statistics;

import org.accord.system.InvalidInputException;

/** The year a client asks the figures for: four digits, such as 2022; nothing means every year. */
final class YearParameter {

  private YearParameter() {}

  static Integer parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String typed = raw.strip();
    if (!typed.matches("[1-9][0-9]{3}")) {
      throw new InvalidInputException("refusal.statistics.year", typed);
    }
    return Integer.valueOf(typed);
  }
}
