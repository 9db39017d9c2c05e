package org.accord.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.Readers;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentTables;
import org.accord.document.DocumentType;
import org.accord.document.DocumentVersion;
import org.accord.forum.Forum;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The decision register's page, its filters answered by the register's real query on H2 (through a
 * mocked {@link DecisionRegister}), so that what a filter shows is what the database finds.
 */
@WebMvcTest(RegisterPageController.class)
@Import(RegisterPages.class)
@PageSlice
@WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
class RegisterPageTest {

  private static final OffsetDateTime DECEMBER = OffsetDateTime.of(2022, 12, 16, 9, 0, 0, 0, ZoneOffset.UTC);
  /** The December meeting sat the day before its decisions were entered (at {@link #DECEMBER}). */
  private static final OffsetDateTime MEETING_SAT = OffsetDateTime.of(2022, 12, 15, 4, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate MEETING_DAY = LocalDate.of(2022, 12, 15);
  private static final String MEETING_TITLE = "Meeting of the Senior Officials Committee, December 2022";
  private static final String SCRIPT_TITLE = "<script>alert('owned')</script> Action plan";
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final int BUDGETS = 26;
  private static final Register REGISTER = new Register();

  @Autowired MockMvc mvc;
  @MockitoBean DecisionRegister register;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  /**
   * The energy paper approved with India's and Russia's reservations and the tourism paper approved at
   * the December 2022 meeting, which sat on the 15th (the papers' date) and whose decisions were entered
   * on the 16th, an action plan adopted by silence in 2023, and 26 budgets returned to
   * the SWG at that meeting but dated 2021: 29 decisions, two pages.
   */
  static final class Register {

    final DocumentTables tables = new DocumentTables();
    final DecisionRepository decisions = new DecisionRepository(tables.jdbc());
    final long energy;
    final long meeting;

    Register() {
      JdbcClient jdbc = tables.jdbc();
      jdbc.sql("""
              insert into soc_meeting (title, starts_at, format, status, created_by, created_at)
              values (?, ?, 'IN_PERSON', 'CLOSED', 'sec.officer', ?)""").params(MEETING_TITLE, MEETING_SAT, DECEMBER).update();
      meeting = jdbc.sql("select max(id) from soc_meeting").query(Long.class).single();
      energy = decide("SOC/2022/1", DocumentType.CONCEPT_PAPER, "Concept paper on the CICA priority area \"Energy\"",
          "CICA/SWG/2022/CP-ENERGY", SocOutcome.APPROVED_WITH_RESERVATIONS, DECEMBER, MEETING_DAY,
          List.of(new Reservation("IN", "On paragraph 2.", Reservation.Source.ROUND),
              new Reservation("RU", "On paragraph 3.", Reservation.Source.ROUND),
              new Reservation("IN", "At the meeting.", Reservation.Source.MEETING)));
      decide("SOC/2022/2", DocumentType.CONCEPT_PAPER, "Concept paper on Tourism", "CICA/SWG/2022/CP-TOURISM",
          SocOutcome.APPROVED, DECEMBER.plusMinutes(5), MEETING_DAY, List.of());
      long plan = tables.add(DocumentType.ACTION_PLAN, SCRIPT_TITLE, "CICA/SWG/2023/AP-1", "RU",
          DocumentStatus.UNDER_SILENCE, DECEMBER, DECEMBER);
      long planVersion = tables.addVersion(plan, SHA);
      jdbc.sql("""
              insert into silence_procedure (document_id, version_id, status, started_by, started_at, expires_at)
              values (?, ?, 'ADOPTED', 'soc.chair', ?, ?)""")
          .params(plan, planVersion, DECEMBER.plusMonths(2), DECEMBER.plusMonths(3)).update();
      long silence = jdbc.sql("select max(id) from silence_procedure").query(Long.class).single();
      decisions.insert(new DecisionRepository.Act("SOC/2023/1", document(plan, DocumentType.ACTION_PLAN, SCRIPT_TITLE,
          "CICA/SWG/2023/AP-1"), version(planVersion, plan), "SOC", SocOutcome.APPROVED, "soc.chair",
          DECEMBER.plusMonths(3), null, DecisionRegister.Venue.silenceProcedure(silence), List.of()));
      for (int n = 1; n <= BUDGETS; n++) {
        decide("SOC/2021/" + n, DocumentType.BUDGET, "Budget line " + n, "CICA/SOC/2021/B-" + n,
            SocOutcome.RETURNED_TO_SWG, DECEMBER.minusYears(1).minusDays(n),
            DECEMBER.minusYears(1).minusDays(n).toLocalDate(), List.of());
      }
    }

    private long decide(String number, DocumentType type, String title, String symbol, SocOutcome outcome,
        OffsetDateTime at, LocalDate dated, List<Reservation> reservations) {
      long id = tables.add(type, title, symbol, "KZ", DocumentStatus.ADOPTED, at.minusMonths(6), at);
      long version = tables.addVersion(id, SHA);
      decisions.insert(new DecisionRepository.Act(number, document(id, type, title, symbol), version(version, id), "SOC",
          outcome, "soc.chair", null, at, at, dated, null,
          DecisionRegister.Venue.meeting(meeting, MEETING_TITLE, MEETING_SAT), reservations));
      return id;
    }

    private static Document document(long id, DocumentType type, String title, String symbol) {
      return new Document(id, type, title, symbol, "KZ", DocumentStatus.ADOPTED, null, null, "test", DECEMBER, DECEMBER,
          null, null, null);
    }

    private static DocumentVersion version(long id, long documentId) {
      return new DocumentVersion(id, documentId, 1, null, "text/plain", 1, SHA, null, null, null, null, "test", DECEMBER,
          true);
    }
  }

  @BeforeEach
  void givenTheRegister() {
    when(register.page(any(), anyInt(), anyInt())).thenAnswer(call -> REGISTER.decisions.page(call.getArgument(0),
        call.getArgument(1), call.getArgument(2)));
    when(register.count(any())).thenAnswer(call -> REGISTER.decisions.count(call.getArgument(0)));
    when(forum.all()).thenReturn(Readers.someParties());
  }

  // ---- who sees what ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.accord.Readers#everyReader")
  void shouldShowTheWholeRegisterNewestFirstToEveryReader(String username, String[] roles) throws Exception {
    // when a delegate, an observer, a coordinator's delegate, the Secretariat or an administrator opens the register
    String page = read(get("/decisions").with(user(username).roles(roles)));

    // then each reads every decision, 25 to a page, the newest first
    List<String> numbers = numbers(page);
    assertThat(numbers).hasSize(25);
    assertThat(numbers.subList(0, 4)).containsExactly("SOC/2023/1", "SOC/2022/2", "SOC/2022/1", "SOC/2021/1");
    assertThat(page).contains("29 decisions, page 1 of 2").contains("href=\"/decisions?page=2\"");
  }

  @Test
  void shouldShowWhereEachDecisionWasTakenWithItsOutcomeReservationsAndLinks() throws Exception {
    String page = read(get("/decisions").param("year", "2022"));

    String energy = row(page, "SOC/2022/1");
    assertThat(energy).contains("href=\"/documents/" + REGISTER.energy + "\"")
        .contains("CICA/SWG/2022/CP-ENERGY")
        .contains("href=\"/desk/meetings/" + REGISTER.meeting + "\">" + MEETING_TITLE + "</a>")
        .contains(">Approved with reservations<")
        .contains(">India, Russia<")
        .contains("href=\"/documents/" + REGISTER.energy + "#decisions\"")
        .contains("href=\"/api/documents/" + REGISTER.energy + "/versions/1/content\"");
    assertThat(row(page, "SOC/2022/2")).contains(">None<").contains(">Approved<");
    assertThat(row(read(get("/decisions").param("year", "2023")), "SOC/2023/1")).contains(">Silence procedure<")
        .doesNotContain("/desk/meetings/");
  }

  @Test
  void shouldDateAMeetingsDecisionByTheDayItSatAndShowWhenItWasEnteredBeside() throws Exception {
    String energy = row(read(get("/decisions").param("year", "2022")), "SOC/2022/1");

    assertThat(energy).contains("<time datetime=\"2022-12-15\">15 December 2022</time>")
        .containsPattern("entered</span>\\s*<time datetime=\"2022-12-16T09:00Z\">16 December 2022, 09:00 \\(UTC\\)</time>")
        .doesNotContain("<time datetime=\"2022-12-16\">");
    assertThat(row(read(get("/decisions").param("year", "2022").locale(Locale.forLanguageTag("ru"))), "SOC/2022/1"))
        .contains("<time datetime=\"2022-12-15\">15 декабря 2022</time>");
  }

  // ---- the filters ----

  @Test
  void shouldNarrowByYearAndTextToExactlyTheirDecisions() throws Exception {
    assertThat(numbers(read(get("/decisions").param("year", "2022")))).containsExactly("SOC/2022/2", "SOC/2022/1");
    assertThat(numbers(read(get("/decisions").param("text", "TOURISM")))).containsExactly("SOC/2022/2");
    assertThat(numbers(read(get("/decisions").param("text", "swg/20")))).containsExactly("SOC/2023/1", "SOC/2022/2",
        "SOC/2022/1");
    assertThat(numbers(read(get("/decisions").param("year", "2021").param("text", "line 2"))))
        .containsExactly("SOC/2021/2", "SOC/2021/20", "SOC/2021/21", "SOC/2021/22", "SOC/2021/23", "SOC/2021/24",
            "SOC/2021/25", "SOC/2021/26");
  }

  @Test
  void shouldOfferTheSameDecisionsAsCsvAndAsPdfInTheReadersLanguage() throws Exception {
    String english = read(get("/decisions").param("year", "2022").param("text", "energy & co"));
    String russian = read(get("/decisions").param("year", "2022").locale(Locale.forLanguageTag("ru")));

    assertThat(english).contains("href=\"/api/decisions.csv?year=2022&amp;text=energy+%26+co\"")
        .contains("href=\"/api/decisions.pdf?year=2022&amp;text=energy+%26+co&amp;language=en\"")
        .contains("value=\"energy &amp; co\"");
    assertThat(russian).contains("href=\"/api/decisions.pdf?year=2022&amp;language=ru\"");
  }

  @Test
  void shouldShowTheOlderDecisionsOnTheNextPageKeepingTheFilters() throws Exception {
    String page = read(get("/decisions").param("page", "2"));

    assertThat(numbers(page)).containsExactly("SOC/2021/23", "SOC/2021/24", "SOC/2021/25", "SOC/2021/26");
    assertThat(page).contains("href=\"/decisions\" rel=\"prev\"");
    assertThat(read(get("/decisions").param("year", "2021").param("text", "budget")))
        .contains("href=\"/decisions?year=2021&amp;text=budget&amp;page=2\"");
  }

  @Test
  void shouldAskOneQueryForThePageAndOneForTheCount() throws Exception {
    read(get("/decisions"));

    verify(register, times(1)).page(any(), anyInt(), anyInt());
    verify(register, times(1)).count(any());
    verify(forum, times(1)).all();
  }

  @Test
  void shouldSayInWordsWhenNothingMatches() throws Exception {
    String page = read(get("/decisions").param("year", "2019"));

    assertThat(page).contains("No decision matches these filters.").doesNotContain("<table");
  }

  // ---- bad input ----

  @Test
  void shouldExplainAYearOrAPageItCannotApply() throws Exception {
    String page = read(get("/decisions").param("year", "20x2").param("page", "two").param("text", "Tourism"));

    assertThat(page)
        .contains("The year &quot;20x2&quot; is not a year such as 2022: the filter on the year is not applied.")
        .contains("There is no page &quot;two&quot;: the first page is shown.")
        .contains("value=\"20x2\"");
    assertThat(numbers(page)).containsExactly("SOC/2022/2");
  }

  @Test
  void shouldExplainATextTooLongToLookFor() throws Exception {
    String page = read(get("/decisions").param("text", "x".repeat(301)));

    assertThat(page).contains("The text to find is longer than 300 characters: it is not applied.");
    assertThat(numbers(page)).hasSize(25);
  }

  // ---- words and safety ----

  @Test
  void shouldSpeakRussianWithThePartiesInRussian() throws Exception {
    String page = read(get("/decisions").param("year", "2022").locale(Locale.forLanguageTag("ru")));

    assertThat(page).contains("<h1>Реестр решений</h1>").contains("2 решения, страница 1 из 1")
        .contains("Утверждён с оговорками").contains(">Индия, Россия<").contains("Скачать в CSV")
        .doesNotContain("Filter the decisions").doesNotContain(">India, Russia<");
  }

  @Test
  void shouldEscapeATitleThatCarriesMarkup() throws Exception {
    String page = read(get("/decisions").param("year", "2023"));

    assertThat(page).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Action plan")
        .doesNotContain("<script>alert");
  }

  private String read(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The decision numbers in the rows of the page's table, in order. */
  private static List<String> numbers(String page) {
    int table = page.indexOf("<tbody>");
    List<String> found = new ArrayList<>();
    if (table < 0) {
      return found;
    }
    Matcher number = Pattern.compile("<strong>(SOC/[^<]*)</strong>").matcher(page.substring(table));
    while (number.find()) {
      found.add(number.group(1));
    }
    return found;
  }

  private static String row(String page, String number) {
    int start = page.indexOf("<strong>" + number + "</strong>");
    assertThat(start).as("row of " + number).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
