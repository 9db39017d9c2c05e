package org.accord.document;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Secretariat's queue and registration section, with the services mocked and CSRF on. */
@WebMvcTest(RegistrationPage.class)
@PageSlice
@WithMockUser(username = "secretariat.officer", roles = "secretariat")
class RegistrationPageTest {

  private static final long TOURISM = 5;
  private static final long ENERGY = 6;
  private static final String FORM = "action=\"/documents/5/registration\"";
  private static final String PATTERN = "CICA/SWG/{year}/CP-{n}";
  private static final String SUGGESTED = "CICA/SWG/2026/CP-3";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
  private static final Delegation KAZAKHSTAN = new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE,
      "delegation-kz", "Казахстан");
  private static final Delegation CHINA = new Delegation("CN", "China", DelegationKind.MEMBER_STATE,
      "delegation-cn", "Китай");

  @Autowired MockMvc mvc;
  @MockitoBean Documents documents;
  @MockitoBean Symbols symbols;
  @MockitoBean(name = "myWork") MyWork myWork;

  private Document tourism;

  @BeforeEach
  void givenTheTourismPaperAwaitingRegistration() {
    tourism = document(TOURISM, "Concept paper on the CICA priority area \"Tourism\"", "KZ", null,
        DocumentStatus.AWAITING_REGISTRATION);
    when(documents.get(TOURISM)).thenReturn(tourism);
    when(documents.coordinatorOf(any())).thenReturn(KAZAKHSTAN);
    when(documents.versions(TOURISM)).thenReturn(List.of(version(TOURISM, 1, "kz.delegate1", NOW.minusDays(2))));
    when(symbols.suggest(DocumentType.CONCEPT_PAPER)).thenReturn(Optional.of(new Symbols.Suggestion(PATTERN, SUGGESTED)));
  }

  // ---- the queue ----

  @Test
  void shouldListTheDocumentsAwaitingRegistrationOldestFirstWithALinkToRegisterEach() throws Exception {
    Document energy = document(ENERGY, "Action plan on energy", "CN", null, DocumentStatus.AWAITING_REGISTRATION);
    when(documents.carriersWithStatus(DocumentStatus.AWAITING_REGISTRATION)).thenReturn(List.of(tourism, energy));
    when(documents.coordinatorOf(energy)).thenReturn(CHINA);
    when(documents.versions(ENERGY)).thenReturn(List.of(version(ENERGY, 1, "cn.delegate1", NOW.minusDays(1))));

    mvc.perform(get("/registrations"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<a href=\"/registrations\">Registrations</a>"),
            containsString("Awaiting registration</span> <span class=\"muted\">(2)</span>"),
            containsString("<caption class=\"visually-hidden\">Documents awaiting registration, the one waiting longest first</caption>"),
            containsString("data-label=\"Type\">Concept paper</td>"), containsString("data-label=\"Coordinator\">Kazakhstan</td>"),
            containsString("data-label=\"Coordinator\">China</td>"),
            containsString("<a href=\"/documents/5/registration\" aria-label=\"Register Concept paper on the CICA priority area &quot;Tourism&quot;\">Register</a>"),
            containsString("<a href=\"/documents/6/registration\""),
            matchesPattern("(?s).*Tourism.*Action plan on energy.*"))));
  }

  @Test
  void shouldSayWhenNothingAwaitsRegistration() throws Exception {
    when(documents.carriersWithStatus(DocumentStatus.AWAITING_REGISTRATION)).thenReturn(List.of());

    mvc.perform(get("/registrations").locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Нет документов, ожидающих регистрации."),
            not(containsString("<table")))));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldAnswerADelegateForbiddenOnTheQueue() throws Exception {
    mvc.perform(get("/registrations")).andExpect(status().isForbidden());
    verify(documents, never()).carriersWithStatus(any());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheSecretariat")
  void shouldAnswerEveryoneButTheSecretariatForbiddenOnTheQueueWithoutLinkingIt(String username, String[] roles)
      throws Exception {
    mvc.perform(get("/registrations").with(user(username).roles(roles)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(containsString("Only the Secretariat does this."),
            not(containsString("href=\"/registrations\"")), not(containsString("Awaiting registration")))));
    mvc.perform(get("/documents/{id}/registration", TOURISM).with(user(username).roles(roles)))
        .andExpect(status().isForbidden());
    verify(documents, never()).carriersWithStatus(any());
    verify(documents, never()).register(anyLong(), any(), any());
  }

  static Stream<Arguments> notTheSecretariat() {
    return Stream.of(Arguments.of("admin", new String[] {"camunda-admin"}),
        Arguments.of("soc.chair", new String[] {"chairs", "soc-chair"}),
        Arguments.of("un.observer", new String[] {"delegation-un", "observers"}));
  }

  // ---- the registration section ----

  @Test
  void shouldShowTheDocumentAndSuggestTheNextSymbolInTheSection() throws Exception {
    mvc.perform(get("/documents/{id}/registration", TOURISM).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"registration\""),
            containsString(FORM), containsString("hx-post=\"/documents/5/registration\""), containsString("name=\"_csrf\""),
            containsString("Concept paper on the CICA priority area &quot;Tourism&quot;"),
            containsString("<dd>Concept paper</dd>"), containsString("<dd>Kazakhstan</dd>"),
            containsString("<a href=\"/api/documents/5/versions/1/content\">Version 1</a>"),
            containsString("submitted by kz.delegate1"),
            containsString("<label for=\"registration-symbol\">Symbol</label>"),
            containsString("Suggested from the pattern CICA/SWG/{year}/CP-{n} of this type"),
            containsString("value=\"CICA/SWG/2026/CP-3\""), containsString(">Register</button>"))));
  }

  @Test
  void shouldShowItsOwnPageWithoutScript() throws Exception {
    mvc.perform(get("/documents/{id}/registration", TOURISM))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<title>Registration: Concept paper"),
            containsString("<section id=\"registration\""), containsString(FORM),
            containsString("href=\"/registrations\""), containsString("Back to the document"))));
  }

  @Test
  void shouldLetTheSecretariatTypeTheSymbolWhenTheTypeHasNoPattern() throws Exception {
    when(symbols.suggest(DocumentType.CONCEPT_PAPER)).thenReturn(Optional.empty());

    mvc.perform(get("/documents/{id}/registration", TOURISM).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No pattern is set for this type"),
            containsString("name=\"symbol\" type=\"text\" required maxlength=\"100\""), containsString("value=\"\""))));
  }

  @Test
  void shouldRegisterThroughTheDocumentsServiceAndSayUnderWhichSymbol() throws Exception {
    Document registered = document(TOURISM, tourism.title(), "KZ", SUGGESTED, DocumentStatus.IN_NEGOTIATION);
    when(documents.register(eq(TOURISM), eq(new Registration(SUGGESTED)), any())).thenReturn(registered);
    when(documents.get(TOURISM)).thenReturn(registered);

    mvc.perform(post("/documents/{id}/registration", TOURISM).with(csrf()).header("HX-Request", "true")
            .param("symbol", SUGGESTED))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"registration\""), containsString("role=\"status\""),
            containsString("Registered as CICA/SWG/2026/CP-3."), not(containsString(FORM)))));
    verify(documents).register(eq(TOURISM), eq(new Registration(SUGGESTED)), any());
  }

  @Test
  void shouldRefuseATakenSymbolInWordsInPlaceAndKeepTheInput() throws Exception {
    // given: the process refuses the symbol, and the engine wraps the refusal as it does in a task listener
    when(documents.register(eq(TOURISM), any(), any())).thenThrow(new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener",
        new ConflictException("refusal.document.symbolTaken", "CICA/SWG/2026/CP-1")));

    mvc.perform(post("/documents/{id}/registration", TOURISM).with(csrf()).header("HX-Request", "true")
            .param("symbol", "CICA/SWG/2026/CP-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"registration\""), containsString("role=\"alert\""),
            containsString("The symbol CICA/SWG/2026/CP-1 is already given to another document."),
            containsString("value=\"CICA/SWG/2026/CP-1\""), containsString("aria-invalid=\"true\""),
            containsString(FORM), not(containsString("ENGINE-")))));
  }

  @Test
  void shouldRefuseABadSymbolInRussianWithoutScriptAndKeepTheInput() throws Exception {
    when(documents.register(eq(TOURISM), any(), any())).thenThrow(
        new InvalidInputException("refusal.document.symbol", Limits.SYMBOL));

    MvcResult refused = mvc.perform(post("/documents/{id}/registration", TOURISM).with(csrf())
            .locale(Locale.forLanguageTag("ru")).param("symbol", "CICA SWG 2026"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/5/registration"))
        .andExpect(flash().attribute("registrationForm", new RegistrationPage.RegistrationForm("CICA SWG 2026")))
        .andReturn();

    mvc.perform(get("/documents/{id}/registration", TOURISM).locale(Locale.forLanguageTag("ru"))
            .flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Условное обозначение — от 1 до"), containsString("value=\"CICA SWG 2026\""),
            containsString("Предложено по шаблону CICA/SWG/{year}/CP-{n}"), containsString(">Зарегистрировать</button>"),
            containsString("<a href=\"/registrations\">Регистрация</a>"))));
  }

  @Test
  void shouldOfferNoFormOnceTheDocumentIsRegistered() throws Exception {
    when(documents.get(TOURISM)).thenReturn(
        document(TOURISM, tourism.title(), "KZ", "CICA/SWG/2026/CP-2", DocumentStatus.IN_NEGOTIATION));

    mvc.perform(get("/documents/{id}/registration", TOURISM).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("The document is registered as CICA/SWG/2026/CP-2."),
            not(containsString(FORM)))));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldAnswerTheCoordinatorForbiddenAndRegisterNothing() throws Exception {
    mvc.perform(get("/documents/{id}/registration", TOURISM).header("HX-Request", "true"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/registration", TOURISM).with(csrf()).param("symbol", SUGGESTED))
        .andExpect(status().isForbidden());
    verify(documents, never()).register(anyLong(), any(), any());
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldAnswerTheSwgChairForbidden() throws Exception {
    mvc.perform(get("/documents/{id}/registration", TOURISM)).andExpect(status().isForbidden());
    verify(documents, never()).register(anyLong(), any(), any());
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/documents/{id}/registration", TOURISM).param("symbol", SUGGESTED))
        .andExpect(status().isForbidden());
    verify(documents, never()).register(anyLong(), any(), any());
  }

  // ---- fixtures ----

  private static Document document(long id, String title, String coordinator, String symbol, DocumentStatus status) {
    DocumentType type = id == ENERGY ? DocumentType.ACTION_PLAN : DocumentType.CONCEPT_PAPER;
    return new Document(id, type, title, symbol, coordinator, status, "process-" + id, null,
        coordinator.toLowerCase(Locale.ROOT) + ".delegate1", NOW.minusDays(3), NOW.minusDays(2), null, null, null);
  }

  private static DocumentVersion version(long documentId, int number, String by, OffsetDateTime at) {
    return new DocumentVersion(number, documentId, number, "draft.txt", "text/plain", 1200, "ab".repeat(32), null, null,
        null, null, by, at, false);
  }
}
