package org.accord.decision;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The SOC Chair's route section and its page, with the services mocked and CSRF on. */
@WebMvcTest(RoutePage.class)
@PageSlice
@WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
class RoutePageTest {

  private static final long EDUCATION = 9;
  private static final String FORM = "action=\"/documents/9/route\"";

  @Autowired MockMvc mvc;
  @MockitoBean DecisionRegister register;
  @MockitoBean RouteSteps routes;
  @MockitoBean Documents documents;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheEducationPaperRecommended() {
    givenStatus(DocumentStatus.RECOMMENDED);
    when(register.waitsForRoute(EDUCATION)).thenReturn(true);
    givenSilenceAllowed(true);
  }

  @Test
  void shouldOfferTheSocChairBothRoutesEachExplainedWhereTheRoutingTableAllowsSilence() throws Exception {
    mvc.perform(get("/documents/{id}/route", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(FORM), containsString("hx-post=\"/documents/9/route\""),
            containsString("name=\"_csrf\""), containsString("<legend>Route to the SOC</legend>"),
            containsString("value=\"MEETING\""), containsString("value=\"SILENCE\""),
            containsString("the Secretariat puts it on the agenda"),
            containsString("Unless a member state breaks silence before it, the text is adopted."),
            containsString(">Choose the route</button>"))));
  }

  @Test
  void shouldOfferOnlyAMeetingWhereTheRoutingTableForbidsSilence() throws Exception {
    givenSilenceAllowed(false);

    mvc.perform(get("/documents/{id}/route", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("value=\"MEETING\""), not(containsString("value=\"SILENCE\"")),
            containsString("The routing table does not allow the silence procedure for this type of document"))));
  }

  @Test
  void shouldChooseTheRouteThroughTheRegisterAndComeBackToThePageWithoutScript() throws Exception {
    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).param("route", "SILENCE"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/9/route"))
        .andExpect(flash().attribute("notice",
            "Route chosen: Silence procedure. Now set the exact expiry and circulate the text."));
    verify(register).chooseRoute(eq(EDUCATION), eq(new RouteChoice(SocRoute.SILENCE)),
        argThat(user -> user.id().equals("soc.chair")));
  }

  @Test
  void shouldAnswerTheSectionToHtmxAndPointToTheCirculationOnceSilenceIsChosen() throws Exception {
    // given the choice made: the process now waits for the circulation
    when(register.waitsForRoute(EDUCATION)).thenReturn(false);
    givenStatus(DocumentStatus.UNDER_SILENCE);

    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).header("HX-Request", "true").param("route", "SILENCE"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"route\""), not(containsString("<html")),
            containsString("role=\"status\""), containsString("Route chosen: Silence procedure."),
            containsString("href=\"/documents/9/silence-chair\""), not(containsString(FORM)))));
  }

  @Test
  void shouldSayWhichRouteWasChosenByWhomAndForWhomOnceChosen() throws Exception {
    // given the acting SOC Chair chose silence: the process no longer waits for the choice
    when(register.waitsForRoute(EDUCATION)).thenReturn(false);
    givenStatus(DocumentStatus.UNDER_SILENCE);
    when(routes.latest(EDUCATION)).thenReturn(Optional.of(new ChosenRoute(SocRoute.SILENCE, "kz.delegate2", "soc.chair",
        OffsetDateTime.parse("2030-01-20T05:00Z"))));

    // then the section says so, naming the Chair they acted for, in English and in Russian
    mvc.perform(get("/documents/{id}/route", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(FORM)), containsString(
            "Route chosen by kz.delegate2 (acting for soc.chair) on 20 January 2030, 05:00 (UTC): Silence procedure."))));
    mvc.perform(get("/documents/{id}/route", EDUCATION).locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "Порядок рассмотрения выбрал(а) kz.delegate2 (от имени soc.chair), 20 января 2030")));
  }

  @Test
  void shouldNotReadTheRecordedChoiceWhileTheDocumentWaitsForIt() throws Exception {
    mvc.perform(get("/documents/{id}/route", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(FORM), not(containsString("Route chosen by")))));
    verify(routes, never()).latest(anyLong());
  }

  @Test
  void shouldRefuseAMissingChoiceInPlaceInRussianWithoutCallingTheRegister() throws Exception {
    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).header("HX-Request", "true")
            .locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("Проверьте форму."),
            containsString("Выберите порядок рассмотрения: заседание КСДЛ или процедура умолчания."),
            containsString("<legend>Порядок рассмотрения в КСДЛ</legend>"))));
    verify(register, never()).chooseRoute(anyLong(), any(), any());
  }

  @Test
  void shouldShowTheRegistersRefusalInPlaceWithTheChoiceKept() throws Exception {
    when(register.chooseRoute(eq(EDUCATION), any(), any()))
        .thenThrow(new InvalidInputException("refusal.decision.silenceNotAllowed"));

    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).header("HX-Request", "true").param("route", "SILENCE"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("The routing table does not allow the silence procedure for this type of document."),
            containsString("value=\"SILENCE\" id=\"route-SILENCE\" checked=\"checked\""))));
  }

  @Test
  void shouldSayWhenTheDocumentNoLongerWaitsForTheRoute() throws Exception {
    when(register.waitsForRoute(EDUCATION)).thenReturn(false);
    givenStatus(DocumentStatus.AWAITING_SOC_MEETING);
    when(register.chooseRoute(eq(EDUCATION), any(), any()))
        .thenThrow(new ConflictException("refusal.decision.notWaitingRoute"));

    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).header("HX-Request", "true").param("route", "MEETING"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Not possible now."),
            containsString("The document is not waiting for the SOC Chair&#39;s choice of route."),
            containsString("It stands: Awaiting an SOC meeting"), not(containsString(FORM)))));
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldShowNoFormToOthersAndAnswerTheirPost403() throws Exception {
    mvc.perform(get("/documents/{id}/route", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(FORM)), not(containsString("name=\"route\"")),
            containsString("the SOC Chair chooses how it reaches the SOC."))));

    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).param("route", "MEETING"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).header("HX-Request", "true").param("route", "MEETING"))
        .andExpect(status().isForbidden());
    verify(register, never()).chooseRoute(anyLong(), any(), any());
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldAnswerADelegatesPost403() throws Exception {
    mvc.perform(post("/documents/{id}/route", EDUCATION).with(csrf()).param("route", "MEETING"))
        .andExpect(status().isForbidden());
    verify(register, never()).chooseRoute(anyLong(), any(), any());
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/documents/{id}/route", EDUCATION).param("route", "MEETING"))
        .andExpect(status().isForbidden());
    verify(register, never()).chooseRoute(anyLong(), any(), any());
  }

  // ---- fixtures ----

  private void givenStatus(DocumentStatus status) {
    OffsetDateTime now = OffsetDateTime.now();
    when(documents.get(EDUCATION)).thenReturn(new Document(EDUCATION, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Education\"", "CICA/SWG/2022/CP-EDUCATION", "KZ",
        status, "process-9", null, "kz.delegate1", now.minusDays(30), now, null, null, null));
  }

  private void givenSilenceAllowed(boolean allowed) {
    when(documents.routing(EDUCATION)).thenReturn(new Routing(Duration.ofDays(14), 3, allowed, Duration.ofDays(2),
        SilenceRule.NO_OBJECTION));
  }
}
