package org.accord.document.content;

import java.time.LocalDate;
import java.util.List;
import org.accord.document.Dimension;
import org.accord.document.EventFormat;
import org.accord.forum.Forum;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A calendar of events: the forum's events of one year. */
record CalendarOfEvents(int year, List<Event> events) {

  /** An event from its first to its last day, both included; a videoconference needs no host. */
  record Event(String title, LocalDate start, LocalDate end, String hostState, EventFormat format,
      Dimension dimension, String description) {

    /** Events are told apart across versions by title and first day. */
    String key() {
      return title + " on " + start;
    }
  }

  static CalendarOfEvents read(Fields calendar, Forum forum) {
    int year = calendar.year("year");
    List<Event> events = calendar.list("events", event -> event(event, year, forum));
    // the same title and start, told in the reader's words ("SOC on 2023-04-13")
    calendar.requireUnique("events", events, event -> new DefaultMessageSourceResolvable(
        new String[] {"refusal.content.event"}, new Object[] {event.title(), event.start()}),
        "refusal.content.sameTitleAndStart");
    return new CalendarOfEvents(year, events);
  }

  private static Event event(Fields event, int year, Forum forum) {
    LocalDate start = event.date("start");
    LocalDate end = event.date("end");
    if (start.getYear() != year) {
      throw event.invalid("start", "refusal.content.notInYear", start, year);
    }
    if (end.getYear() != year) {
      throw event.invalid("end", "refusal.content.notInYear", end, year);
    }
    if (end.isBefore(start)) {
      throw event.invalid("end", "refusal.content.before", end, event.pathOf("start"), start);
    }
    EventFormat format = event.choice("format", EventFormat.class);
    String host = event.optionalState("hostState", forum);
    if (host == null && format != EventFormat.VIDEOCONFERENCE) {
      throw event.invalid("hostState", "refusal.content.hostMissing");
    }
    return new Event(event.text("title"), start, end, host, format,
        event.optionalChoice("dimension", Dimension.class), event.longText("description"));
  }
}
