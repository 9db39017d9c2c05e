package org.accord.document.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.document.content.CalendarOfEvents.Event;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
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

  private final ContentRules rules;
  private final Forum forum;

  CalendarExport(ContentRules rules, Forum forum) {
    this.rules = rules;
    this.forum = forum;
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
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(event.key().getBytes(StandardCharsets.UTF_8));
      return "document-" + documentId + "-" + HexFormat.of().formatHex(digest, 0, 8) + "@accord";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
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
      lines.text("CATEGORIES", event.dimension().label());
    }
    lines.property("END", "VEVENT");
  }

  private String location(Event event) {
    if (event.format() == EventFormat.VIDEOCONFERENCE) {
      return EventFormat.VIDEOCONFERENCE.label();
    }
    return stateName(event.hostState());
  }

  private String stateName(String code) {
    return forum.find(code).map(Delegation::name).orElse(code);
  }

  private String description(Event event) {
    List<String> lines = new ArrayList<>();
    lines.add("Format: " + event.format().label());
    if (event.format() == EventFormat.VIDEOCONFERENCE && event.hostState() != null) {
      lines.add("Hosted by " + stateName(event.hostState()));
    }
    if (event.dimension() != null) {
      lines.add("Dimension: " + event.dimension().label());
    }
    if (event.description() != null) {
      lines.add(event.description());
    }
    return String.join("\n", lines);
  }
}
