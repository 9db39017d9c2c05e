package org.accord.system;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a moment is written for people. Accord stores and sends UTC; records that travel between
 * delegations in many time zones (the summary record, the register) say UTC so everyone reads the
 * same thing.
 */
public final class Times {

  private static final String LONG = "d MMMM yyyy, HH:mm";

  private Times() {}

  /** "16 December 2022, 08:00 UTC". */
  public static String longUtc(OffsetDateTime time) {
    return time == null ? "" : longIn(time, ZoneOffset.UTC, Locale.ENGLISH) + " UTC";
  }

  /** "16 December 2022, 13:00" in the zone and the language given. */
  private static String longIn(OffsetDateTime time, ZoneId zone, Locale locale) {
    return time == null ? "" : DateTimeFormatter.ofPattern(LONG, locale).format(time.atZoneSameInstant(zone));
  }
}
