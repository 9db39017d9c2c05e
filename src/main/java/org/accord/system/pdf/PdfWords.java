package org.accord.system.pdf;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.accord.system.Labels;

/**
 * The words of a PDF in one language: headings from the message bundles, codes by their labels, and
 * times in UTC, since a record travels between delegations in many time zones.
 */
public final class PdfWords {

  private final Labels labels;
  private final Locale language;

  public PdfWords(Labels labels, Locale language) {
    this.labels = labels;
    this.language = language;
  }

  public Locale language() {
    return language;
  }

  public String text(String key, Object... args) {
    return labels.text(key, language, args);
  }

  /** Who acted: the user, and the chair they acted for when they were an acting chair. */
  public String actor(String user, String actingFor) {
    return labels.actor(user, actingFor, language);
  }

  public String label(Enum<?> code) {
    return labels.of(code, language);
  }

  /** "15 December 2022, 04:00 UTC", "15 декабря 2022, 04:00 UTC". */
  public String utc(OffsetDateTime time) {
    if (time == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(text("time.pattern"), language).format(time.atZoneSameInstant(ZoneOffset.UTC))
        + " UTC";
  }

  /** "19 December 2022, 10:00 (Asia/Almaty), 05:00 UTC": a time where it happens, and in UTC. */
  public String localAndUtc(OffsetDateTime time, ZoneId zone) {
    if (time == null) {
      return "";
    }
    String local = DateTimeFormatter.ofPattern(text("time.pattern"), language).format(time.atZoneSameInstant(zone));
    String utc = DateTimeFormatter.ofPattern("HH:mm", language).format(time.atZoneSameInstant(ZoneOffset.UTC));
    return text("record.localAndUtc", local, zone.getId(), utc);
  }

  /** "Page 3 of ", followed on the page by the count known only at the end. */
  String pageOf(int page) {
    return text("pdf.page", page) + " ";
  }
}
