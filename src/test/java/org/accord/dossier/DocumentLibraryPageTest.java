package org.accord.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.Readers;
import org.accord.document.DocumentFilter;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentTables;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The document library page, its filters answered by the library's real query on H2 (through a
 * mocked {@link Documents}), so that what a filter shows is what the database finds.
 */
@WebMvcTest(DocumentLibraryController.class)
@Import(DocumentLibrary.class)
@PageSlice
@WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
class DocumentLibraryPageTest {

  private static final String ENERGY = "CICA/SWG/2022/CP-ENERGY";
  private static final String TOURISM = "CICA/SWG/2022/CP-TOURISM";
  private static final String BUDGET = "CICA/SOC/2022/BUDGET";
  private static final String PLAN = "CICA/SWG/2023/AP-1";
  private static final String SCRIPT_TITLE = "<script>alert('owned')</script> Action plan";
  private static final OffsetDateTime T0 = OffsetDateTime.of(2022, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final int CALENDARS = 26;
  private static final DocumentTables TABLES = library();

  @Autowired MockMvc mvc;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  /** Four documents of 2022 and 2023 changed lately, and 26 calendars of 2021 changed long before: 30, two pages. */
  private static DocumentTables library() {
    DocumentTables tables = new DocumentTables();
    tables.add(DocumentType.CONCEPT_PAPER, "Concept paper on the CICA priority area \"Energy\"", ENERGY, "KZ",
        DocumentStatus.IN_NEGOTIATION, T0, T0.plusDays(30));
    tables.add(DocumentType.CONCEPT_PAPER, "Concept paper on Tourism", TOURISM, "IN", DocumentStatus.ADOPTED, T0,
        T0.plusDays(20));
    tables.add(DocumentType.BUDGET, "Budget of the Secretariat for 2023", BUDGET, "SEC", DocumentStatus.ADOPTED, T0,
        T0.plusDays(10));
    tables.add(DocumentType.ACTION_PLAN, SCRIPT_TITLE, PLAN, "RU", DocumentStatus.IN_REVISION, T0.plusYears(1),
        T0.plusDays(400));
    for (int n = 1; n <= CALENDARS; n++) {
      tables.add(DocumentType.CALENDAR_OF_EVENTS, "Calendar of events " + n, calendar(n), "SEC",
          DocumentStatus.WITHDRAWN, T0.minusYears(1), T0.minusDays(n));
    }
    return tables;
  }

  @BeforeEach
  void givenTheLibrary() {
    when(documents.find(any(), anyInt(), anyInt())).thenAnswer(call -> TABLES.find(call.getArgument(0),
        call.getArgument(1), call.getArgument(2)));
    when(documents.count(any(DocumentFilter.class))).thenAnswer(call -> TABLES.count(call.getArgument(0)));
    when(forum.all()).thenReturn(Readers.someParties());
  }

  // ---- who sees what ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.accord.Readers#everyReader")
  void shouldShowEveryDocumentToEveryReaderLastChangedFirst(String username, String[] roles) throws Exception {
    // when a delegate, an observer, a coordinator's delegate, the Secretariat or an administrator opens the library
    String page = read(get("/documents").with(user(username).roles(roles)));

    // then each reads every document of the forum, 25 to a page, the latest change first
    List<String> symbols = symbols(page);
    assertThat(symbols).hasSize(25);
    assertThat(symbols.subList(0, 5)).containsExactly(PLAN, ENERGY, TOURISM, BUDGET, calendar(1));
    assertThat(page).contains("30 documents, page 1 of 2")
        .contains("href=\"/documents/1\"")
        .contains("href=\"/documents?page=2\"");
  }

  // ---- the filters ----

  @Test
  void shouldNarrowByEachFilterToExactlyItsDocuments() throws Exception {
    assertThat(symbols(read(get("/documents").param("type", "BUDGET")))).containsExactly(BUDGET);
    assertThat(symbols(read(get("/documents").param("status", "ADOPTED")))).containsExactly(TOURISM, BUDGET);
    assertThat(symbols(read(get("/documents").param("coordinator", "KZ")))).containsExactly(ENERGY);
    assertThat(symbols(read(get("/documents").param("year", "2023")))).containsExactly(PLAN);
    assertThat(symbols(read(get("/documents").param("text", "TOUR")))).containsExactly(TOURISM);
    assertThat(symbols(read(get("/documents").param("text", "cp-")))).containsExactly(ENERGY, TOURISM);
    assertThat(symbols(read(get("/documents").param("type", "CONCEPT_PAPER").param("status", "ADOPTED")
        .param("year", "2022").param("coordinator", "IN").param("text", "tourism")))).containsExactly(TOURISM);
  }

  @Test
  void shouldKeepTheFiltersInTheFormAndInThePagesLinks() throws Exception {
    // when the reader asks for the calendars of 2021 that the Secretariat coordinates
    String page = read(get("/documents").param("year", "2021").param("coordinator", "SEC").param("text", "Calendar"));

    // then the form shows the filters, the clear link is offered, and the next page keeps the view
    assertThat(page).contains("id=\"filter-year\" name=\"year\"").contains("value=\"2021\"")
        .contains("value=\"Calendar\"")
        .containsPattern("<option value=\"SEC\" selected=\"selected\">CICA Secretariat</option>")
        .contains(">Clear the filters</a>")
        .contains("26 documents, page 1 of 2")
        .contains("href=\"/documents?year=2021&amp;coordinator=SEC&amp;text=Calendar&amp;page=2\"");
    assertThat(symbols(page)).hasSize(25).first().isEqualTo(calendar(1));
  }

  @Test
  void shouldShowTheOlderDocumentsOnTheNextPage() throws Exception {
    String page = read(get("/documents").param("page", "2"));

    assertThat(symbols(page)).containsExactly(calendar(22), calendar(23), calendar(24), calendar(25), calendar(26));
    assertThat(page).contains("30 documents, page 2 of 2").contains("href=\"/documents\" rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void shouldAskOneQueryForThePageAndOneForTheCount() throws Exception {
    read(get("/documents").param("status", "WITHDRAWN"));

    verify(documents, times(1)).find(any(), anyInt(), anyInt());
    verify(documents, times(1)).count(any(DocumentFilter.class));
    verify(forum, times(1)).all();
  }

  @Test
  void shouldSayInWordsWhenNothingMatches() throws Exception {
    String page = read(get("/documents").param("text", "no such paper"));

    assertThat(page).contains("No document matches these filters.").doesNotContain("<table");
  }

  // ---- bad input ----

  @Test
  void shouldExplainEveryFilterValueItCannotApplyAndShowTheRest() throws Exception {
    // when the address carries values that mean nothing
    String page = read(get("/documents").param("year", "abc").param("status", "LOST").param("type", "MEMO")
        .param("coordinator", "ZZ").param("page", "-1").param("text", "Tourism"));

    // then the page says why each is left out, applies the one that makes sense and keeps what was typed
    assertThat(page)
        .contains("The year &quot;abc&quot; is not a year such as 2022: the filter on the year is not applied.")
        .contains("There is no status &quot;LOST&quot;: the filter on the status is not applied.")
        .contains("There is no document type &quot;MEMO&quot;: the filter on the type is not applied.")
        .contains("There is no delegation &quot;ZZ&quot;: the filter on the coordinator is not applied.")
        .contains("There is no page &quot;-1&quot;: the first page is shown.")
        .contains("value=\"abc\"");
    assertThat(symbols(page)).containsExactly(TOURISM);
  }

  @Test
  void shouldShowTheLastPageForAPageBeyondIt() throws Exception {
    String page = read(get("/documents").param("page", "9"));

    assertThat(page).contains("There is no page 9: the last page, 2, is shown.");
    assertThat(symbols(page)).hasSize(5);
  }

  // ---- words and safety ----

  @Test
  void shouldSpeakRussianWithTheCoordinatorsInRussian() throws Exception {
    String page = read(get("/documents").param("type", "CONCEPT_PAPER").locale(Locale.forLanguageTag("ru")));

    assertThat(page).contains("<h1>Документы</h1>").contains("Отбор документов")
        .contains("2 документа, страница 1 из 1")
        .contains("Казахстан").contains("Индия").contains("Концептуальный документ").contains("На согласовании")
        .contains("Принят").doesNotContain(">Kazakhstan<").doesNotContain("Filter the documents");
  }

  @Test
  void shouldEscapeATitleThatCarriesMarkup() throws Exception {
    String page = read(get("/documents").param("coordinator", "RU"));

    assertThat(page).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Action plan")
        .doesNotContain("<script>alert");
  }

  private String read(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The symbols in the rows of the page's table, in order. */
  private static List<String> symbols(String page) {
    int table = page.indexOf("<tbody>");
    List<String> found = new ArrayList<>();
    if (table < 0) {
      return found;
    }
    Matcher symbol = Pattern.compile("<span class=\"symbol\">([^<]*)</span>").matcher(page.substring(table));
    while (symbol.find()) {
      found.add(symbol.group(1));
    }
    return found;
  }

  private static String calendar(int n) {
    return String.format("CICA/SEC/2021/CAL-%02d", n);
  }
}
