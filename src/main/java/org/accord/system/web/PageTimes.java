package org.accord.system.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.TimeZone;
import org.accord.system.AccordClock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as pages show them: in the reader's time zone (their choice, else the forum's) and language,
 * and deadlines as what is left ("in 3 days", "2 days overdue"). The API keeps UTC. Templates call
 * it as {@code @times}.
 */
@Component("times")
public class PageTimes {

  private final MessageSource messages;
  private final AccordClock clock;

  PageTimes(MessageSource messages, AccordClock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** "16 December 2022, 13:00 (UTC+05:00)" in the reader's zone. */
  public String at(OffsetDateTime time) {
    if (time == null) {
      return "";
    }
    ZoneId zone = zone();
    String when = DateTimeFormatter.ofPattern(messages.getMessage("time.pattern", null, "d MMMM yyyy, HH:mm", locale()), locale())
        .format(time.atZoneSameInstant(zone));
    return when + " (" + offset(time, zone) + ")";
  }

  /** "16 December 2022", the day in the reader's zone. */
  public String day(OffsetDateTime time) {
    return time == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
        .format(time.atZoneSameInstant(zone()));
  }

  /** ISO 8601, for the machine-readable datetime attribute of a time element. */
  public String iso(OffsetDateTime time) {
    return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }

  /** "in 3 days", "in 5 hours", "2 days overdue": what is left before a deadline, now. */
  public String left(OffsetDateTime deadline) {
    if (deadline == null) {
      return "";
    }
    Duration left = Duration.between(clock.now(), deadline);
    boolean overdue = left.isNegative();
    Duration span = left.abs();
    String unit;
    long count;
    if (span.toDays() >= 1) {
      unit = "days";
      count = span.toDays();
    } else if (span.toHours() >= 1) {
      unit = "hours";
      count = span.toHours();
    } else {
      unit = "minutes";
      count = Math.max(span.toMinutes(), overdue ? 1 : 0);
    }
    String counted = messages.getMessage("time." + unit + "." + Plural.category(count, locale()),
        new Object[] {count}, locale());
    return messages.getMessage(overdue ? "time.overdue" : "time.left", new Object[] {counted}, locale());
  }

  /** Whether the moment has passed. */
  public boolean isPast(OffsetDateTime time) {
    return time != null && time.isBefore(clock.now());
  }

  /** The reader's zone as the pages name it: its id, e.g. Asia/Almaty. */
  public ZoneId zone() {
    TimeZone zone = LocaleContextHolder.getTimeZone();
    return zone == null ? ZoneOffset.UTC : zone.toZoneId();
  }

  private static String offset(OffsetDateTime time, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(time.toInstant());
    return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
