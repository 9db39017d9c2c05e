package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accord.document.content.ContentRules;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The revision form becomes the JSON the API takes, checked by the real content rules; the latest
 * version fills the form again; and a refusal of the content points at its field in the form.
 */
class RevisionContentTest {

  private final ContentRules rules = new ContentRules(forum("TR", "AZ", "KZ", "IN", "CN"));

  @Test
  void shouldTurnAConceptPapersFieldsIntoContentTheRulesAccept() {
    // given the fields as a coordinator types them
    RevisionForm form = new RevisionForm();
    form.setPriorityArea("  Tourism ");
    form.setDimension("ECONOMIC");
    form.setCoordinators(List.of("TR"));
    form.setCoCoordinators(List.of("AZ"));
    form.setText("CICA Concept Paper on Tourism\n\n1. The member states ...");

    // when
    String json = RevisionContent.json(DocumentType.CONCEPT_PAPER, form);

    // then
    assertThat(json).isEqualTo("{\"priorityArea\":\"Tourism\",\"dimension\":\"ECONOMIC\",\"coordinators\":[\"TR\"],"
        + "\"coCoordinators\":[\"AZ\"],\"text\":\"CICA Concept Paper on Tourism\\n\\n1. The member states ...\"}");
    assertThat(rules.canonical(DocumentType.CONCEPT_PAPER, json)).contains("\"priorityArea\":\"Tourism\"");
  }

  @Test
  void shouldReadAmountsAsTheyAreTypedOnEitherKeyboardAndLeaveBlankRowsOut() {
    RevisionForm form = new RevisionForm();
    form.setYear(" 2023 ");
    form.getLines().add(line("staff", "1 320 000,50", "usd"));
    form.getLines().add(line("", " ", null));
    form.getLines().add(line("OFFICIAL_TRAVEL", "180,000.00", "USD"));
    form.getLines().add(line("COMMUNICATIONS", "1,320", "USD"));

    String json = RevisionContent.json(DocumentType.BUDGET, form);

    assertThat(json).isEqualTo("{\"year\":2023,\"lines\":[{\"category\":\"staff\",\"amount\":1320000.50,\"currency\":\"usd\"},"
        + "{\"category\":\"OFFICIAL_TRAVEL\",\"amount\":180000.00,\"currency\":\"USD\"},"
        + "{\"category\":\"COMMUNICATIONS\",\"amount\":1320,\"currency\":\"USD\"}]}");
    assertThat(rules.canonical(DocumentType.BUDGET, json))
        .contains("{\"amount\":1320000.50,\"category\":\"STAFF\",\"currency\":\"USD\"}");
  }

  @Test
  void shouldPassTextWhereANumberBelongsForTheRulesToNameTheField() {
    RevisionForm form = new RevisionForm();
    form.setYear("2023");
    form.setCurrency("USD");
    form.getPosts().add(post("Counsellor", "P-5", "four", "105000"));

    String json = RevisionContent.json(DocumentType.STAFF_MATRIX, form);

    assertThat(json).contains("\"number\":\"four\"");
    assertThatThrownBy(() -> rules.canonical(DocumentType.STAFF_MATRIX, json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("posts[0].number must be a whole number");
  }

  @Test
  void shouldTurnMeasuresAndEventsIntoContentTheRulesAccept() {
    RevisionForm plan = new RevisionForm();
    RevisionForm.Measure measure = new RevisionForm.Measure();
    measure.setTitle("CICA Tourism Forum");
    measure.setDimension("ECONOMIC");
    measure.setPriorityArea("Tourism");
    measure.setCoordinators("tr; az");
    measure.setStart("2023-01");
    measure.setEnd("2024-12");
    plan.getMeasures().add(measure);
    String planJson = RevisionContent.json(DocumentType.ACTION_PLAN, plan);
    assertThat(planJson).contains("\"coordinators\":[\"TR\",\"AZ\"],\"timeline\":{\"start\":\"2023-01\",\"end\":\"2024-12\"}");
    assertThat(rules.canonical(DocumentType.ACTION_PLAN, planJson)).contains("CICA Tourism Forum");

    RevisionForm calendar = new RevisionForm();
    calendar.setYear("2023");
    RevisionForm.Event event = new RevisionForm.Event();
    event.setTitle("Meeting of the Senior Officials Committee");
    event.setStart("2023-04-13");
    event.setEnd("2023-04-14");
    event.setFormat("VIDEOCONFERENCE");
    event.setHostState("");
    calendar.getEvents().add(event);
    String calendarJson = RevisionContent.json(DocumentType.CALENDAR_OF_EVENTS, calendar);
    assertThat(calendarJson).doesNotContain("hostState");
    assertThat(rules.canonical(DocumentType.CALENDAR_OF_EVENTS, calendarJson)).contains("\"format\":\"VIDEOCONFERENCE\"");
  }

  @Test
  void shouldFillTheFormFromTheLatestVersionsCanonicalContent() {
    String stored = rules.canonical(DocumentType.BUDGET,
        "{\"year\":2023,\"lines\":[{\"category\":\"STAFF\",\"amount\":1320000,\"currency\":\"USD\"}]}");

    RevisionForm form = RevisionContent.form(DocumentType.BUDGET, stored);

    assertThat(form.getYear()).isEqualTo("2023");
    assertThat(form.getLines()).singleElement().satisfies(line -> {
      assertThat(line.getCategory()).isEqualTo("STAFF");
      assertThat(line.getAmount()).isEqualTo("1320000.00");
      assertThat(line.getCurrency()).isEqualTo("USD");
    });
    // and the form as filled gives the same content back
    assertThat(rules.canonical(DocumentType.BUDGET, RevisionContent.json(DocumentType.BUDGET, form))).isEqualTo(stored);
  }

  @Test
  void shouldFindTheFieldARefusalNames() {
    assertThat(RevisionContent.fieldOf("events[2].end (2023-03-10) is before events[2].start (2023-03-14)."))
        .contains(new RevisionContent.Field("events", 2, "end"));
    assertThat(RevisionContent.fieldOf("measures[0].timeline.start 'Jan' is not a month written yyyy-MM, like 2023-01."))
        .contains(new RevisionContent.Field("measures", 0, "start"));
    assertThat(RevisionContent.fieldOf("measures[1].timeline is missing."))
        .contains(new RevisionContent.Field("measures", 1, "start"));
    assertThat(RevisionContent.fieldOf("lines[1] has the same category as lines[0] (STAFF)."))
        .contains(new RevisionContent.Field("lines", 1, null));
    assertThat(RevisionContent.fieldOf("measures[0].coordinators[1] 'XX' is not a state of the forum; use ..."))
        .contains(new RevisionContent.Field("measures", 0, "coordinators"));
    assertThat(RevisionContent.fieldOf("year must be a year written as a number, like 2023."))
        .contains(new RevisionContent.Field(null, null, "year"));
    assertThat(RevisionContent.fieldOf("KZ is both a coordinator and a co-coordinator; list it once.")).isEmpty();
    assertThat(new RevisionContent.Field("events", 2, "end").inputId()).isEqualTo("revision-events-2-end");
    assertThat(new RevisionContent.Field(null, null, "year").inputId()).isEqualTo("revision-year");
  }

  @Test
  void shouldFindTheFieldOfARefusalWordedInRussian() {
    String calendar = "{\"year\": 2023, \"events\": [{\"title\": \"SWG\", \"start\": \"2023-03-14\","
        + " \"end\": \"2023-03-10\", \"format\": \"VIDEOCONFERENCE\"}]}";
    String budget = "{\"year\": 2023, \"lines\": [{\"category\": \"STAFF\", \"amount\": -5, \"currency\": \"USD\"}]}";
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
    try {
      String eventRefused = russianRefusal(DocumentType.CALENDAR_OF_EVENTS, calendar);
      String lineRefused = russianRefusal(DocumentType.BUDGET, budget);

      assertThat(eventRefused).isEqualTo("events[0].end (2023-03-10) раньше, чем events[0].start (2023-03-14).");
      assertThat(RevisionContent.fieldOf(eventRefused)).contains(new RevisionContent.Field("events", 0, "end"));
      assertThat(lineRefused).isEqualTo("lines[0].amount: отрицательное значение (-5).");
      assertThat(RevisionContent.fieldOf(lineRefused)).contains(new RevisionContent.Field("lines", 0, "amount"));
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private String russianRefusal(DocumentType type, String json) {
    try {
      rules.canonical(type, json);
    } catch (InvalidInputException refused) {
      return refused.getLocalizedMessage();
    }
    throw new AssertionError("The content was not refused: " + json);
  }

  @Test
  void shouldSplitStatesHoweverTheyAreSeparated() {
    assertThat(RevisionContent.splitStates(" tr, az;kz  in ")).containsExactly("TR", "AZ", "KZ", "IN");
    assertThat(RevisionContent.splitStates("  ")).isEmpty();
  }

  private static RevisionForm.Line line(String category, String amount, String currency) {
    RevisionForm.Line line = new RevisionForm.Line();
    line.setCategory(category);
    line.setAmount(amount);
    line.setCurrency(currency);
    return line;
  }

  private static RevisionForm.Post post(String title, String grade, String number, String annualCost) {
    RevisionForm.Post post = new RevisionForm.Post();
    post.setTitle(title);
    post.setGrade(grade);
    post.setNumber(number);
    post.setAnnualCost(annualCost);
    return post;
  }

  private static Forum forum(String... memberStates) {
    Forum forum = mock(Forum.class);
    Map<String, Delegation> states = new java.util.HashMap<>();
    for (String code : memberStates) {
      states.put(code, new Delegation(code, code, DelegationKind.MEMBER_STATE, "delegation-" + code.toLowerCase()));
    }
    when(forum.find(anyString())).thenAnswer(call -> Optional.ofNullable(states.get(call.<String>getArgument(0))));
    return forum;
  }
}
