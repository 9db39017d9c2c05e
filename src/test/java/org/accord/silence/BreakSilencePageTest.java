package org.accord.silence;

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

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.ConflictException;
import org.accord.system.Problem;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The silence section and its page, with the services mocked and Spring Security's default chain (CSRF on). */
@WebMvcTest(BreakSilencePage.class)
@PageSlice
@WithMockUser(username = "ru.delegate1", roles = "delegation-ru")
class BreakSilencePageTest {

  private static final long EDUCATION = 8;
  private static final String FORM = "action=\"/documents/8/silence-break\"";
  private static final Delegation RUSSIA = new Delegation("RU", "Russia", DelegationKind.MEMBER_STATE, "delegation-ru");

  @Autowired MockMvc mvc;
  @MockitoBean SilenceProcedures silence;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheEducationPaper() {
    when(documents.get(EDUCATION)).thenReturn(new Document(EDUCATION, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Education\"", "CICA/SWG/2022/CP-EDUCATION", "KZ",
        DocumentStatus.UNDER_SILENCE, "process-8", null, "kz.delegate1", at(-30), at(-1), null, null, null));
    when(forum.memberStateOf(List.of("delegation-ru"))).thenReturn(Optional.of(RUSSIA));
  }

  @Test
  void shouldOfferTheBreakWithItsConfirmationToADelegateBeforeExpiry() throws Exception {
    givenSilence(running(5));

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(FORM), containsString("name=\"_csrf\""),
            containsString("in 5 days"), containsString("Running"),
            containsString("<legend>Break silence with</legend>"), containsString("value=\"OBJECTION\""),
            containsString("value=\"AMENDMENT\""), containsString("Break silence for Russia"),
            containsString("I understand that breaking silence stops the adoption of the text by silence"),
            containsString("name=\"understood\" value=\"true\" required"))));
  }

  @Test
  void shouldBreakSilenceAndComeBackToThePageWithoutScript() throws Exception {
    givenSilence(running(5));

    mvc.perform(post("/documents/{id}/silence-break", EDUCATION).with(csrf())
            .param("kind", "OBJECTION").param("text", "Russia asks for another reading.").param("understood", "true"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/8/silence-break"))
        .andExpect(flash().attribute("notice", containsString("Silence is broken.")));
    verify(silence).breakSilence(eq(EDUCATION), eq(new BreakSilence("RU", BreakKind.OBJECTION,
        "Russia asks for another reading.")), argThat(user -> user.id().equals("ru.delegate1")));
  }

  @Test
  void shouldRefuseABreakThatIsNotConfirmedAndKeepTheText() throws Exception {
    givenSilence(running(5));

    MvcResult refused = mvc.perform(post("/documents/{id}/silence-break", EDUCATION).with(csrf())
            .param("kind", "AMENDMENT").param("text", "Replace paragraph 3."))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("problem", new Problem(HttpStatus.BAD_REQUEST, "Invalid input",
            "Tick the box to confirm that your delegation breaks silence: it stops the adoption of the text.")))
        .andReturn();
    verify(silence, never()).breakSilence(anyLong(), any(), any());

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("value=\"AMENDMENT\" id=\"silence-kind-AMENDMENT\" checked=\"checked\""),
            containsString(">Replace paragraph 3.</textarea>"))));
  }

  @Test
  void shouldShowALateBreakRefusedInPlaceThroughHtmx() throws Exception {
    givenSilence(running(1));
    when(silence.breakSilence(eq(EDUCATION), any(), any()))
        .thenThrow(new ConflictException("The silence procedure is no longer waiting; it has just ended."));

    mvc.perform(post("/documents/{id}/silence-break", EDUCATION).with(csrf()).header("HX-Request", "true")
            .param("kind", "OBJECTION").param("text", "Too late?").param("understood", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"silence-break\""), not(containsString("<html")),
            containsString("role=\"alert\""), containsString("it has just ended."),
            containsString(">Too late?</textarea>"), containsString("name=\"understood\" value=\"true\" required checked"))));
  }

  @Test
  void shouldSayWhoBrokeSilenceOnceItIsBrokenAndOfferNoForm() throws Exception {
    SilenceProcedure broken = new SilenceProcedure(3, EDUCATION, "silence-3", 80, SilenceStatus.BROKEN, "soc.chair",
        null, at(-2), at(3), null, "ru.delegate1", "RU", at(-1), "OBJECTION", "<em>Another reading</em>", null, null, null,
        null);
    givenSilence(broken);
    when(forum.find("RU")).thenReturn(Optional.of(RUSSIA));

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Silence was broken by Russia on"),
            containsString("&lt;em&gt;Another reading&lt;/em&gt;"), not(containsString("<em>Another")),
            containsString("The SOC Chair now chooses"), not(containsString(FORM)))));
  }

  @Test
  void shouldSayWhenSilenceHasExpiredAndOfferNoForm() throws Exception {
    givenSilence(running(-1));

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Silence has expired and can no longer be broken"),
            not(containsString(FORM)))));
  }

  @Test
  void shouldSayWhenTheDocumentWasNeverUnderSilence() throws Exception {
    when(silence.ofDocument(EDUCATION)).thenReturn(List.of());

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("This document has not been circulated under silence procedure."), not(containsString(FORM)))));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldShowTheSecretariatTheExpiryButNoForm() throws Exception {
    when(forum.memberStateOf(List.of("secretariat"))).thenReturn(Optional.empty());
    givenSilence(running(5));

    mvc.perform(get("/documents/{id}/silence-break", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("in 5 days"),
            containsString("Only the delegations of the member states may break silence."), not(containsString(FORM)))));
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/documents/{id}/silence-break", EDUCATION)
            .param("kind", "OBJECTION").param("text", "No token").param("understood", "true"))
        .andExpect(status().isForbidden());
    verify(silence, never()).breakSilence(anyLong(), any(), any());
  }

  private void givenSilence(SilenceProcedure procedure) {
    when(silence.ofDocument(EDUCATION)).thenReturn(List.of(procedure));
  }

  private static SilenceProcedure running(int daysLeft) {
    return new SilenceProcedure(3, EDUCATION, "silence-3", 80, SilenceStatus.RUNNING, "soc.chair", null,
        at(-2), at(daysLeft).plusHours(1), "Circulated after the SWG's consensus.", null, null, null, null, null, null, null,
        null, null);
  }

  private static OffsetDateTime at(int daysFromNow) {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(daysFromNow);
  }
}
