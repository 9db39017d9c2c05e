package org.accord.system;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Moments in a reader's language and time zone, for pages and mails alike: "16 December 2022, 13:00
 * (UTC+05:00)", and deadlines as what is left ("in 3 days", "2 days overdue").
 */
@Component
public class TimeWords {

  private final MessageSource messages;
  private final AccordClock clock;

  TimeWords(MessageSource messages, AccordClock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** "16 December 2022, 13:00 (UTC+05:00)": the offset written out, so a reader abroad is never misled. */
  public String at(OffsetDateTime time, ZoneId zone, Locale locale) {
    if (time == null) {
      return "";
    }
    String pattern = messages.getMessage("time.pattern", null, "d MMMM yyyy, HH:mm", locale);
    return DateTimeFormatter.ofPattern(pattern, locale).format(time.atZoneSameInstant(zone)) + " (" + offset(time, zone) + ")";
  }

  /** "16 December 2022", the day in the zone given. */
  public String day(OffsetDateTime time, ZoneId zone, Locale locale) {
    return time == null ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(time.atZoneSameInstant(zone));
  }

  /** "in 3 days", "in 5 hours", "2 days overdue": what is left before a deadline, now. */
  public String left(OffsetDateTime deadline, Locale locale) {
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
    String counted = messages.getMessage("time." + unit + "." + Plural.category(count, locale), new Object[] {count}, locale);
    return messages.getMessage(overdue ? "time.overdue" : "time.left", new Object[] {counted}, locale);
  }

  /** Whether the moment has passed. */
  public boolean isPast(OffsetDateTime time) {
    return time != null && time.isBefore(clock.now());
  }

  private static String offset(OffsetDateTime time, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(time.toInstant());
    return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
  }
}
