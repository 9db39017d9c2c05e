package org.accord.document.content;

import org.accord.system.TestLabels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.accord.document.DocumentType;
import org.junit.jupiter.api.Test;

/** The iCalendar output is parsed and validated by ical4j, a real RFC 5545 parser. */
class CalendarExportTest {

  private static final long DOCUMENT = 42;
  private static final String NAME = "Calendar of CICA events for 2023";
  private static final Instant UPLOADED = Instant.parse("2022-12-18T09:30:00Z");
  private static final String TOURISM_FORUM = "CICA Tourism Forum: heritage, connectivity; sustainable travel";

  private final ContentRules rules = new ContentRules(ForumFixture.forum());
  private final CalendarExport export = new CalendarExport(rules, ForumFixture.forum(), TestLabels.bundles());
  private final String calendar2023 = rules.canonical(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023);

  @Test
  void shouldExportAValidCalendarWithEveryEventAsAnAllDayEvent() throws Exception {
    Calendar calendar = parse(export.calendar(DOCUMENT, NAME, calendar2023, UPLOADED));

    assertThat(calendar.validate().hasErrors()).isFalse();
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
    assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Accord//Calendar of events//EN");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).extracting(event -> event.getSummary().getValue()).containsExactly(
        "Meeting of the Special Working Group",
        "Meeting of the Senior Officials Committee",
        TOURISM_FORUM,
        "Workshop on food security and agricultural technologies",
        "Seminar on countering the use of ICTs for terrorist purposes",
        "CICA Think Tank Forum",
        "Meeting of the Senior Officials Committee");
    VEvent swg = events.get(0);
    assertThat(swg.<LocalDate>getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2023, 4, 11));
    assertThat(swg.<LocalDate>getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2023, 4, 13));
    assertThat(swg.getLocation().getValue()).isEqualTo("Kazakhstan");
    assertThat(swg.getDescription().getValue()).isEqualTo("Format: In person");
    assertThat(swg.getCategories()).isEmpty();
    assertThat(value(swg, Property.DTSTAMP)).isEqualTo("20221218T093000Z");
    VEvent december = events.get(6);
    assertThat(december.<LocalDate>getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2023, 12, 14));
    assertThat(december.<LocalDate>getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(december.getLocation().getValue()).isEqualTo("Videoconference");
    assertThat(events.get(4).getDescription().getValue())
        .isEqualTo("Format: Videoconference\nHosted by Russia\nDimension: New challenges and threats");
    assertThat(events).extracting(event -> event.getUid().get().getValue()).doesNotHaveDuplicates()
        .allMatch(uid -> uid.matches("document-42-[0-9a-f]{16}@accord"));
  }

  @Test
  void shouldEscapeCommasSemicolonsAndNewlinesAndKeepThemThroughAParser() throws Exception {
    String body = export.calendar(DOCUMENT, NAME, calendar2023, UPLOADED);

    VEvent tourismForum = parse(body).<VEvent>getComponents("VEVENT").get(2);

    assertThat(body).contains("SUMMARY:CICA Tourism Forum: heritage\\, connectivity\\; sustainable travel\r\n");
    assertThat(body).contains("DESCRIPTION:Format: Hybrid\\nDimension: Economic\\nMinistries of tourism\\,");
    assertThat(tourismForum.getSummary().getValue()).isEqualTo(TOURISM_FORUM);
    assertThat(tourismForum.getLocation().getValue()).isEqualTo("Turkiye");
    assertThat(tourismForum.getDescription().getValue()).startsWith("Format: Hybrid\nDimension: Economic\n"
        + "Ministries of tourism, national tourism organisations").endsWith("recovery of tourism after the pandemic.");
    assertThat(tourismForum.getCategories()).singleElement()
        .satisfies(categories -> assertThat(categories.getValue()).isEqualTo("Economic"));
  }

  @Test
  void shouldEndLinesWithCrlfAndFoldThemAtSeventyFiveOctets() {
    String body = export.calendar(DOCUMENT, "Календарь мероприятий СВМДА на 2023 год — " + NAME, calendar2023, UPLOADED);

    assertThat(body).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    List<String> lines = Arrays.asList(body.split("\r\n"));
    assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\uFFFD"));
  }

  @Test
  void shouldKeepMultiByteCharactersWholeWhenFolding() throws Exception {
    String cyrillicName = "Календарь мероприятий Совещания по взаимодействию и мерам доверия в Азии на 2023 год";

    Calendar calendar = parse(export.calendar(DOCUMENT, cyrillicName, calendar2023, UPLOADED));

    assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(cyrillicName);
  }

  @Test
  void shouldExportOneEventByItsUid() throws Exception {
    String uid = parse(export.calendar(DOCUMENT, NAME, calendar2023, UPLOADED)).<VEvent>getComponents("VEVENT")
        .get(2).getUid().get().getValue();

    Calendar calendar = parse(export.event(DOCUMENT, NAME, calendar2023, uid, UPLOADED).orElseThrow());

    assertThat(calendar.validate().hasErrors()).isFalse();
    assertThat(calendar.<VEvent>getComponents("VEVENT")).singleElement().satisfies(event -> {
      assertThat(event.getSummary().getValue()).isEqualTo(TOURISM_FORUM);
      assertThat(event.<LocalDate>getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2023, 5, 22));
      assertThat(event.<LocalDate>getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2023, 5, 25));
    });
    assertThat(export.event(DOCUMENT, NAME, calendar2023, "document-42-0000000000000000@accord", UPLOADED)).isEmpty();
  }

  @Test
  void shouldKeepAnEventsUidAcrossVersionsOfTheSameDocument() {
    String version2 = rules.canonical(DocumentType.CALENDAR_OF_EVENTS,
        Samples.CALENDAR_2023.replace("\"end\": \"2023-05-24\", \"hostState\": \"TR\"", "\"end\": \"2023-05-26\", \"hostState\": \"AZ\""));

    assertThat(version2).isNotEqualTo(calendar2023);
    assertThat(uids(DOCUMENT, version2)).isEqualTo(uids(DOCUMENT, calendar2023));
    assertThat(uids(7, calendar2023)).doesNotContainAnyElementsOf(uids(DOCUMENT, calendar2023));
  }

  private List<String> uids(long document, String calendarJson) {
    return rules.calendar(calendarJson).events().stream().map(event -> CalendarExport.uid(document, event)).toList();
  }

  private static Calendar parse(String body) throws Exception {
    return new CalendarBuilder().build(new StringReader(body));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.getProperty(name).map(Property::getValue).orElseThrow();
  }
}
