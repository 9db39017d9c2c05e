package org.accord.negotiation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.SilenceRule;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
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

/** The deadline-extension section and its page per role, with the services mocked and CSRF on. */
@WebMvcTest(ExtensionPage.class)
@PageSlice
@WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
class ExtensionPageTest {

  private static final long ENERGY = 7;
  private static final String FORM = "action=\"/documents/7/extension\"";
  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
  private static final OffsetDateTime DEADLINE = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(3);

  @Autowired MockMvc mvc;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheEnergyPaperInItsOpenSecondRound() {
    when(documents.get(ENERGY)).thenReturn(new Document(ENERGY, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Energy\"", "CICA/SWG/2022/CP-ENERGY", "KZ",
        DocumentStatus.IN_NEGOTIATION, "process-7", null, "kz.delegate1", DEADLINE.minusDays(20),
        DEADLINE.minusDays(1), null, null, null));
    when(forum.timeZone()).thenReturn(ASTANA);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, DEADLINE.minusDays(14)), round(2, null)));
    when(negotiation.extensions(ENERGY)).thenReturn(List.of());
  }

  @Test
  void shouldOfferTheSwgChairTheNewDeadlineInTheForumsTimeZoneAndAReason() throws Exception {
    String local = DEADLINE.atZoneSameInstant(ASTANA).toLocalDateTime().toString();

    mvc.perform(get("/documents/{id}/extension", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("id=\"extension\""), not(containsString("<html")),
            containsString(FORM), containsString("hx-post=\"/documents/7/extension\""), containsString("name=\"_csrf\""),
            containsString("<input type=\"hidden\" name=\"round\" value=\"2\">"),
            containsString("<label for=\"extension-deadline\">New deadline</label>"),
            containsString("type=\"datetime-local\""), containsString("min=\"" + local + "\""),
            containsString("the forum&#39;s time zone (Asia/Almaty)"),
            containsString("<label for=\"extension-reason\">Reason</label>"),
            containsString("Round 2 closes"), containsString(">Extend the deadline</button>"))));
  }

  @Test
  void shouldExtendWithTheDeadlineReadInTheForumsTimeZoneAndComeBackWithoutScript() throws Exception {
    OffsetDateTime astanaNoon = OffsetDateTime.parse("2030-01-20T12:00:00+05:00");
    when(negotiation.extendDeadline(eq(ENERGY), eq(2), any(), anyString(), any(CurrentUser.class)))
        .thenReturn(new RoundExtension(1, 22, ENERGY, 2, DEADLINE, astanaNoon, "Capitals", "swg.chair", DEADLINE, null));

    mvc.perform(post("/documents/{id}/extension", ENERGY).with(csrf())
            .param("round", "2").param("deadline", "2030-01-20T12:00").param("reason", "Capitals need time."))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/documents/7/extension"))
        .andExpect(flash().attribute("notice", containsString("The deadline of round 2 is now")));
    verify(negotiation).extendDeadline(eq(ENERGY), eq(2),
        eq(OffsetDateTime.parse("2030-01-20T12:00:00+05:00").atZoneSameInstant(ASTANA).toOffsetDateTime()),
        eq("Capitals need time."), any(CurrentUser.class));
  }

  @Test
  void shouldShowTheRefusalInPlaceInRussianWithTheInputKept() throws Exception {
    when(negotiation.extendDeadline(anyLong(), anyInt(), any(), anyString(), any(CurrentUser.class)))
        .thenThrow(new InvalidInputException("refusal.negotiation.extension.notLater", DEADLINE));

    mvc.perform(post("/documents/{id}/extension", ENERGY).with(csrf()).header("HX-Request", "true")
            .locale(Locale.forLanguageTag("ru"))
            .param("round", "2").param("deadline", "2020-01-20T12:00").param("reason", "Причина <b>важная</b>"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Новый срок должен быть позже текущего"), containsString("value=\"2020-01-20T12:00\""),
            containsString(">Причина &lt;b&gt;важная&lt;/b&gt;</textarea>"), containsString("Продлить срок"))));
  }

  @Test
  void shouldRefuseADeadlineThatIsNotADateInPlace() throws Exception {
    mvc.perform(post("/documents/{id}/extension", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("round", "2").param("deadline", "next week").param("reason", "Why"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("The new deadline is a date and time, such as 2022-12-20T13:00; not &#39;next week&#39;."))));
    verify(negotiation, never()).extendDeadline(anyLong(), anyInt(), any(), any(), any());
  }

  @Test
  void shouldShowTheExtensionsOnRecordWithOldAndNewDeadlineReasonAndWho() throws Exception {
    when(negotiation.extensions(ENERGY)).thenReturn(List.of(new RoundExtension(1, 22, ENERGY, 2,
        DEADLINE.minusDays(2), DEADLINE, "Consultations in capitals.", "swg.chair", DEADLINE.minusDays(3), null),
        new RoundExtension(2, 22, ENERGY, 2, DEADLINE, DEADLINE.plusDays(2), "The Chair is away.", "kz.delegate2",
            DEADLINE.minusDays(1), "swg.chair")));

    mvc.perform(get("/documents/{id}/extension", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<html"), containsString("Deadline of round 2 extended"),
            containsString("Consultations in capitals."), containsString("by swg.chair,"),
            containsString("by kz.delegate2 (acting for swg.chair)"))));
  }

  @Test
  void shouldSayTheRoundIsClosedAndOfferNoForm() throws Exception {
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, DEADLINE.minusDays(14))));

    mvc.perform(get("/documents/{id}/extension", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Round 1 is closed: its deadline can no longer move."),
            not(containsString(FORM)))));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldOfferADelegateNoFormAndAnswer403ToItsPost() throws Exception {
    mvc.perform(get("/documents/{id}/extension", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Only the SWG Chair extends the deadline of a round."),
            not(containsString(FORM)), not(containsString("name=\"reason\"")))));
    mvc.perform(post("/documents/{id}/extension", ENERGY).with(csrf())
            .param("round", "2").param("deadline", "2030-01-20T12:00").param("reason", "Why"))
        .andExpect(status().isForbidden());
    verify(negotiation, never()).extendDeadline(anyLong(), anyInt(), any(), any(), any());
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldAnswer403ToTheSocChairsPost() throws Exception {
    mvc.perform(get("/documents/{id}/extension", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(FORM))));
    mvc.perform(post("/documents/{id}/extension", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("round", "2").param("deadline", "2030-01-20T12:00").param("reason", "Why"))
        .andExpect(status().isForbidden());
    verify(negotiation, never()).extendDeadline(anyLong(), anyInt(), any(), any(), any());
  }

  @Test
  void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/documents/{id}/extension", ENERGY)
            .param("round", "2").param("deadline", "2030-01-20T12:00").param("reason", "Why"))
        .andExpect(status().isForbidden());
    verify(negotiation, never()).extendDeadline(anyLong(), anyInt(), any(), any(), any());
  }

  private static Round round(int number, OffsetDateTime closedAt) {
    return new Round(20 + number, ENERGY, number, 70 + number, number, null, DEADLINE.minusDays(11 + 14L * (2 - number)),
        closedAt == null ? DEADLINE : closedAt, DEADLINE.minusDays(3), null, false, SilenceRule.NO_OBJECTION, closedAt,
        closedAt == null ? null : RoundOutcome.REVISION_REQUIRED);
  }
}
