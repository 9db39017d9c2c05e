package org.accord.document.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.document.EventFormat;
import org.accord.document.content.CalendarOfEvents.Event;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.Hashing;
import org.accord.system.Labels;
import org.springframework.stereotype.Component;

/**
 * A calendar of events as iCalendar (RFC 5545), for delegates' own calendars. Events are all-day;
 * an event's UID comes from the document and the event's natural key (title and first day), so it
 * stays the same across versions and a re-import updates the event rather than duplicating it.
 */
@Component
public class CalendarExport {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  /** Calendar programs show one language; the forum's calendars are exported in English. */
  private static final Locale LANGUAGE = Locale.ENGLISH;

  private final ContentRules rules;
  private final Forum forum;
  private final Labels labels;

  CalendarExport(ContentRules rules, Forum forum, Labels labels) {
    this.rules = rules;
    this.forum = forum;
    this.labels = labels;
  }

  /**
   * The whole calendar.
   *
   * @param stamp when this version was uploaded: the DTSTAMP, so that one version always gives the same body
   */
  public String calendar(long documentId, String name, String calendarJson, Instant stamp) {
    return body(name, rules.calendar(calendarJson).events().stream(), documentId, stamp);
  }

  /** One event of the calendar, by its UID; empty when this version has no such event. */
  public Optional<String> event(long documentId, String name, String calendarJson, String uid, Instant stamp) {
    return rules.calendar(calendarJson).events().stream()
        .filter(event -> uid(documentId, event).equals(uid))
        .findFirst()
        .map(event -> body(name, Stream.of(event), documentId, stamp));
  }

  static String uid(long documentId, Event event) {
    return "document-" + documentId + "-" + Hashing.sha256Hex(event.key().getBytes(StandardCharsets.UTF_8)).substring(0, 16)
        + "@accord";
  }

  private String body(String name, Stream<Event> events, long documentId, Instant stamp) {
    ICalendarLines lines = new ICalendarLines()
        .property("BEGIN", "VCALENDAR")
        .property("VERSION", "2.0")
        .property("PRODID", "-//Accord//Calendar of events//EN")
        .property("CALSCALE", "GREGORIAN")
        .text("X-WR-CALNAME", name);
    events.forEach(event -> vevent(lines, event, documentId, stamp));
    return lines.property("END", "VCALENDAR").toString();
  }

  private void vevent(ICalendarLines lines, Event event, long documentId, Instant stamp) {
    lines.property("BEGIN", "VEVENT")
        .property("UID", uid(documentId, event))
        .property("DTSTAMP", STAMP.format(stamp))
        .property("DTSTART;VALUE=DATE", DATE.format(event.start()))
        // DTEND of an all-day event is exclusive: the day after the last day.
        .property("DTEND;VALUE=DATE", DATE.format(event.end().plusDays(1)))
        .text("SUMMARY", event.title())
        .text("LOCATION", location(event))
        .text("DESCRIPTION", description(event));
    if (event.dimension() != null) {
      lines.text("CATEGORIES", labels.of(event.dimension(), LANGUAGE));
    }
    lines.property("END", "VEVENT");
  }

  private String location(Event event) {
    if (event.format() == EventFormat.VIDEOCONFERENCE) {
      return labels.of(EventFormat.VIDEOCONFERENCE, LANGUAGE);
    }
    return stateName(event.hostState());
  }

  private String stateName(String code) {
    return forum.find(code).map(Delegation::name).orElse(code);
  }

  private String description(Event event) {
    List<String> lines = new ArrayList<>();
    lines.add("Format: " + labels.of(event.format(), LANGUAGE));
    if (event.format() == EventFormat.VIDEOCONFERENCE && event.hostState() != null) {
      lines.add("Hosted by " + stateName(event.hostState()));
    }
    if (event.dimension() != null) {
      lines.add("Dimension: " + labels.of(event.dimension(), LANGUAGE));
    }
    if (event.description() != null) {
      lines.add(event.description());
    }
    return String.join("\n", lines);
  }
}
