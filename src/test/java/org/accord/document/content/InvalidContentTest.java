package org.accord.document.content;

import static org.accord.document.content.Samples.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.accord.document.DocumentType;
import org.accord.system.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of invalid content is refused with a message naming the field and the problem. */
class InvalidContentTest {

  private static final DocumentType PAPER = DocumentType.CONCEPT_PAPER;
  private static final DocumentType PLAN = DocumentType.ACTION_PLAN;
  private static final DocumentType CALENDAR = DocumentType.CALENDAR_OF_EVENTS;
  private static final DocumentType BUDGET = DocumentType.BUDGET;
  private static final DocumentType STAFF = DocumentType.STAFF_MATRIX;

  private final ContentRules rules = new ContentRules(ForumFixture.forum());

  static Stream<Arguments> invalidContent() {
    return Stream.of(
        // Not JSON, or not an object
        refused(PAPER, "{\"priorityArea\": \"Tourism\",", "The content is not valid JSON (line 1, column 28): "),
        refused(PAPER, "", "The content is empty: give a JSON object."),
        refused(PAPER, "[\"Tourism\"]", "The content must be a JSON object: { ... }."),
        refused(BUDGET, "{\"year\": 2023} {\"year\": 2024}", "The content is not valid JSON"),
        refused(PAPER, "{\"dimension\": \"HUMAN\", \"dimension\": \"ECONOMIC\"}",
            "The content is not valid JSON (line 1, column 35): Duplicate field 'dimension'"),
        // Missing fields, wrong types, unknown fields
        refused(PAPER, "{'dimension': 'ECONOMIC', 'coordinators': ['TR']}", "priorityArea is missing."),
        refused(PAPER, "{'priorityArea': '  ', 'dimension': 'ECONOMIC', 'coordinators': ['TR']}",
            "priorityArea is missing."),
        refused(PAPER, "{'priorityArea': 7, 'dimension': 'ECONOMIC', 'coordinators': ['TR']}",
            "priorityArea must be a text in quotes."),
        refused(PAPER, "{'priorityArea': '" + "x".repeat(301) + "', 'dimension': 'ECONOMIC', 'coordinators': ['TR']}",
            "priorityArea is longer than 300 characters."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR'], 'author': 'TR'}",
            "author is not a known field (known here: coCoordinators, coordinators, dimension, priorityArea, text)."),
        refused(CALENDAR, "{'year': '2023', 'events': []}", "year must be a year written as a number, like 2023."),
        refused(CALENDAR, "{'year': 2023.5, 'events': []}", "year must be a year written as a number, like 2023."),
        refused(CALENDAR, "{'year': 2023, 'events': {}}", "events must be a list: [ ... ]."),
        refused(CALENDAR, "{'year': 2023, 'events': []}", "events is empty; give at least one."),
        refused(CALENDAR, "{'year': 2023, 'events': ['SOC meeting']}", "events[0] must be an object: { ... }."),
        refused(CALENDAR, calendarWith("'hostState': 'KZ', 'format': 'IN_PERSON', 'venue': 'Astana'"),
            "events[0].venue is not a known field (known here: description, dimension, end, format, hostState, start, title)."),
        // Unknown dimension, format, state; observers are no member states
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'SOCIAL', 'coordinators': ['TR']}",
            "dimension 'SOCIAL' is not one of ECONOMIC, ENVIRONMENTAL, HUMAN, NEW_CHALLENGES_AND_THREATS, MILITARY_POLITICAL."),
        refused(CALENDAR, calendarWith("'hostState': 'KZ', 'format': 'ONLINE'"),
            "events[0].format 'ONLINE' is not one of IN_PERSON, VIDEOCONFERENCE, HYBRID."),
        refused(CALENDAR, calendarWith("'hostState': 'XX', 'format': 'IN_PERSON'"),
            "events[0].hostState 'XX' is not a state of the forum; use a member state's code, like KZ."),
        refused(CALENDAR, calendarWith("'hostState': 'JP', 'format': 'IN_PERSON'"),
            "events[0].hostState 'JP' (Japan) is not a member state."),
        refused(CALENDAR, calendarWith("'hostState': 'SEC', 'format': 'HYBRID'"),
            "events[0].hostState 'SEC' (CICA Secretariat) is not a member state."),
        refused(CALENDAR, calendarWith("'format': 'IN_PERSON'"),
            "events[0].hostState is missing; only a videoconference may have no host state."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR', 'UN']}",
            "coordinators[1] 'UN' (United Nations) is not a member state."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': []}",
            "coordinators is empty; give at least one member state."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': 'TR'}",
            "coordinators must be a list of member-state codes, like [\"KZ\", \"TR\"]."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR', 'tr']}",
            "coordinators lists TR twice."),
        refused(PAPER, "{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR'], 'coCoordinators': ['AZ', 'TR']}",
            "TR is both a coordinator and a co-coordinator; list it once."),
        // Dates, years and timelines
        refused(CALENDAR, calendarWith("2023-02-30", "2023-03-01", "'format': 'VIDEOCONFERENCE'"),
            "events[0].start '2023-02-30' is not a date written yyyy-MM-dd, like 2023-03-14."),
        refused(CALENDAR, calendarWith("14.03.2023", "2023-03-15", "'format': 'VIDEOCONFERENCE'"),
            "events[0].start '14.03.2023' is not a date written yyyy-MM-dd, like 2023-03-14."),
        refused(CALENDAR, calendarWith("2023-04-11", "2023-04-10", "'format': 'VIDEOCONFERENCE'"),
            "events[0].end (2023-04-10) is before events[0].start (2023-04-11)."),
        refused(CALENDAR, calendarWith("2022-12-30", "2023-01-02", "'format': 'VIDEOCONFERENCE'"),
            "events[0].start (2022-12-30) is not in the calendar's year 2023."),
        refused(CALENDAR, calendarWith("2023-12-30", "2024-01-02", "'format': 'VIDEOCONFERENCE'"),
            "events[0].end (2024-01-02) is not in the calendar's year 2023."),
        refused(CALENDAR, "{'year': 2023, 'events': ["
                + "{'title': 'SOC', 'start': '2023-04-13', 'end': '2023-04-13', 'format': 'VIDEOCONFERENCE'},"
                + "{'title': 'SWG', 'start': '2023-04-11', 'end': '2023-04-11', 'format': 'VIDEOCONFERENCE'},"
                + "{'title': 'SOC', 'start': '2023-04-13', 'end': '2023-04-14', 'format': 'VIDEOCONFERENCE'}]}",
            "events[2] has the same title and start as events[0] (SOC on 2023-04-13)."),
        refused(PLAN, planWithTimeline("'start': '2023-01', 'end': '2022-12'"),
            "measures[0].timeline.end (2022-12) is before measures[0].timeline.start (2023-01)."),
        refused(PLAN, planWithTimeline("'start': '2023-01-15', 'end': '2023-12'"),
            "measures[0].timeline.start '2023-01-15' is not a month written yyyy-MM, like 2023-01."),
        refused(PLAN, planWithTimeline("'start': '2023-01'"), "measures[0].timeline.end is missing."),
        // Amounts, currencies and categories
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': -1, 'currency': 'USD'"),
            "lines[0].amount is negative (-1)."),
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': 10.005, 'currency': 'USD'"),
            "lines[0].amount has more than 2 decimals (10.005)."),
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': '1000', 'currency': 'USD'"),
            "lines[0].amount must be a number without quotes, like 1250.50."),
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': 1e20, 'currency': 'USD'"),
            "lines[0].amount is too large (100000000000000000000)."),
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': 1000, 'currency': 'US$'"),
            "lines[0].currency 'US$' is not an ISO 4217 currency code (three letters, like USD or EUR)."),
        refused(BUDGET, budgetWith("'category': 'STAFF', 'amount': 1000, 'currency': 'ABC'"),
            "lines[0].currency 'ABC' is not an ISO 4217 currency code (three letters, like USD or EUR)."),
        refused(BUDGET, budgetWith("'category': 'Staff costs (2023)', 'amount': 1000, 'currency': 'USD'"),
            "lines[0].category 'Staff costs (2023)' must be a code of capital letters, digits and underscores, like STAFF."),
        refused(BUDGET, "{'year': 2023, 'lines': [{'category': 'STAFF', 'amount': 1000, 'currency': 'USD'},"
                + "{'category': 'staff', 'amount': 2000, 'currency': 'USD'}]}",
            "lines[1] has the same category as lines[0] (STAFF)."),
        refused(STAFF, "{'year': 2023, 'currency': 'USD', 'posts': [{'title': 'Driver', 'grade': 'G-3', 'number': 0, 'annualCost': 30000}]}",
            "posts[0].number must be a whole number of at least 1."),
        refused(STAFF, "{'year': 2023, 'currency': 'USD', 'posts': [{'title': 'Driver', 'grade': 'G-3', 'number': 1.5, 'annualCost': 30000}]}",
            "posts[0].number must be a whole number of at least 1."),
        refused(STAFF, "{'year': 2023, 'currency': 'USD', 'posts': ["
                + "{'title': 'Driver', 'grade': 'G-3', 'number': 1, 'annualCost': 30000},"
                + "{'title': 'Driver', 'grade': 'g-3', 'number': 2, 'annualCost': 31000}]}",
            "posts[1] has the same title and grade as posts[0] (Driver, G-3)."),
        refused(STAFF, "{'year': 2023, 'currency': 'USD', 'posts': [{'title': 'Driver', 'grade': 'G-3', 'number': 1, 'annualCost': -30000}]}",
            "posts[0].annualCost is negative (-30000)."));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("invalidContent")
  void shouldRefuseInvalidContentNamingTheFieldAndTheProblem(DocumentType type, String json, String message) {
    assertThatThrownBy(() -> rules.canonical(type, json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(message);
  }

  private static Arguments refused(DocumentType type, String singleQuoted, String message) {
    return Arguments.of(type, json(singleQuoted), message);
  }

  private static String calendarWith(String fields) {
    return calendarWith("2023-04-11", "2023-04-12", fields);
  }

  private static String calendarWith(String start, String end, String fields) {
    return "{'year': 2023, 'events': [{'title': 'Meeting of the Special Working Group', 'start': '" + start
        + "', 'end': '" + end + "', " + fields + "}]}";
  }

  private static String planWithTimeline(String timeline) {
    return "{'measures': [{'title': 'CICA Tourism Forum', 'dimension': 'ECONOMIC', 'priorityArea': 'Tourism',"
        + " 'coordinators': ['TR'], 'timeline': {" + timeline + "}}]}";
  }

  private static String budgetWith(String line) {
    return "{'year': 2023, 'lines': [{" + line + "}]}";
  }
}
