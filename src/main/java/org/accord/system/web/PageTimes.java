package org.accord.system.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.accord.system.TimeWords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as pages show them: in the reader's time zone (their choice, else the forum's) and language,
 * and deadlines as what is left ("in 3 days", "2 days overdue"). The API keeps UTC. Templates call
 * it as {@code @times}.
 */
@Component("times")
public class PageTimes {

  private final TimeWords words;

  PageTimes(TimeWords words) {
    this.words = words;
  }

  /** "16 December 2022, 13:00 (UTC+05:00)" in the reader's zone. */
  public String at(OffsetDateTime time) {
    return words.at(time, zone(), locale());
  }

  /** "16 December 2022", the day in the reader's zone. */
  public String day(OffsetDateTime time) {
    return words.day(time, zone(), locale());
  }

  /** ISO 8601, for the machine-readable datetime attribute of a time element. */
  public String iso(OffsetDateTime time) {
    return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }

  /** "in 3 days", "in 5 hours", "2 days overdue": what is left before a deadline, now. */
  public String left(OffsetDateTime deadline) {
    return words.left(deadline, locale());
  }

  /** Whether the moment has passed. */
  public boolean isPast(OffsetDateTime time) {
    return words.isPast(time);
  }

  /** The reader's zone as the pages name it: its id, e.g. Asia/Almaty. */
  public ZoneId zone() {
    TimeZone zone = LocaleContextHolder.getTimeZone();
    return zone == null ? ZoneOffset.UTC : zone.toZoneId();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
