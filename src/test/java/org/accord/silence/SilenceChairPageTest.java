package org.accord.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
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

/** The SOC Chair's silence section and its page: circulating with the expiry, the choice after a break. */
@WebMvcTest(SilenceChairPage.class)
@PageSlice
@WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
class SilenceChairPageTest {

  private static final long EDUCATION = 9;
  private static final String CIRCULATE = "action=\"/documents/9/silence-chair/circulation\"";
  private static final String CHOOSE = "action=\"/documents/9/silence-chair/choice\"";
  private static final Delegation RUSSIA = new Delegation("RU", "Russia", DelegationKind.MEMBER_STATE, "delegation-ru");

  @Autowired MockMvc mvc;
  @MockitoBean SilenceProcedures silence;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheEducationPaperUnderSilence() {
    OffsetDateTime now = OffsetDateTime.now();
    when(documents.get(EDUCATION)).thenReturn(new Document(EDUCATION, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Education\"", "CICA/SWG/2022/CP-EDUCATION", "KZ",
        DocumentStatus.UNDER_SILENCE, "process-9", null, "kz.delegate1", now.minusDays(30), now, null, null, null));
    when(forum.find("RU")).thenReturn(Optional.of(RUSSIA));
  }

  // ---- circulating ----

  @Test
  void shouldOfferTheSocChairTheExpiryInTheReadersZoneWithAWeekSuggested() throws Exception {
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);

    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(CIRCULATE), containsString("name=\"_csrf\""),
            containsString("type=\"datetime-local\" name=\"expiresAt\""), containsString("T18:00\""),
            containsString("for=\"silence-expires\""), containsString("aria-describedby=\"silence-expires-hint\""),
            containsString("At least a minute and at most 90 days from now."),
            containsString(">Circulate under silence</button>"), not(containsString(CHOOSE)))));
  }

  @Test
  void shouldReadTheTypedExpiryInTheReadersZoneAndShowItBackWithUtcBeside() throws Exception {
    // given the page shown in UTC (no zone chosen in this slice), silence circulated as typed
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);
    OffsetDateTime expiry = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withHour(17).truncatedTo(ChronoUnit.HOURS);
    when(silence.start(eq(EDUCATION), any(), any())).thenReturn(procedure(SilenceStatus.RUNNING, expiry, null));

    mvc.perform(post("/documents/{id}/silence-chair/circulation", EDUCATION).with(csrf())
            .param("expiresAt", ChairSection.LOCAL_INPUT.format(expiry)).param("note", "After the SWG's consensus."))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/9/silence-chair"))
        .andExpect(flash().attribute("notice", containsString("Circulated under silence until")))
        .andExpect(flash().attribute("notice", containsString(expiry.getDayOfMonth() + " ")))
        .andExpect(flash().attribute("notice", containsString("17:00 UTC). Every delegation is told.")));
    verify(silence).start(eq(EDUCATION), eq(new Circulation(expiry, "After the SWG's consensus.")),
        argThat(user -> user.id().equals("soc.chair")));
  }

  @Test
  void shouldReadADatetimeLocalValueInTheZoneItWasTypedIn() {
    // 20 December 2022, 17:00 in Tashkent (UTC+05:00, as Astana is now) is 12:00 UTC
    OffsetDateTime read = SilenceChairPage.expiry("2022-12-20T17:00", ZoneId.of("Asia/Tashkent"));

    assertThat(read.withOffsetSameInstant(ZoneOffset.UTC)).isEqualTo(OffsetDateTime.parse("2022-12-20T12:00Z"));
    assertThatThrownBy(() -> SilenceChairPage.expiry("20.12.2022", ZoneOffset.UTC))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SilenceChairPage.expiry(" ", ZoneOffset.UTC)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldRefuseAnExpiryInThePastInPlaceWithWhatWasTypedKept() throws Exception {
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);
    when(silence.start(eq(EDUCATION), any(), any())).thenThrow(new InvalidInputException("refusal.silence.expiryPast"));

    mvc.perform(post("/documents/{id}/silence-chair/circulation", EDUCATION).with(csrf()).header("HX-Request", "true")
            .param("expiresAt", "2020-01-01T10:00").param("note", "Too late"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"silence-chair\""), not(containsString("<html")),
            containsString("role=\"alert\""), containsString("The silence must expire in the future"),
            containsString("value=\"2020-01-01T10:00\""), containsString(">Too late</textarea>"))));
  }

  @Test
  void shouldRefuseAnExpiryThatIsNoDateInRussianWithoutCallingTheService() throws Exception {
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);

    mvc.perform(post("/documents/{id}/silence-chair/circulation", EDUCATION).with(csrf()).header("HX-Request", "true")
            .locale(Locale.forLanguageTag("ru")).param("expiresAt", "завтра"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Проверьте форму."),
            containsString("Укажите срок истечения как дату и время; «завтра» их не содержит."),
            containsString("Срок истечения процедуры умолчания"))));
    verify(silence, never()).start(anyLong(), any(), any());
  }

  // ---- the choice after a break ----

  @Test
  void shouldShowTheBreakAndOfferBothChoicesEachExplained() throws Exception {
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);
    givenBroken();

    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(CHOOSE), not(containsString(CIRCULATE)),
            containsString("Silence was broken by Russia"), containsString("Objection"),
            containsString("The text ignores transit states."),
            containsString("<legend>Where does the text go now?</legend>"),
            containsString("value=\"BACK_TO_SWG\""), containsString("value=\"NEXT_MEETING\""),
            containsString("a new SWG round follows"), containsString("waits for the next SOC meeting"))));
  }

  @Test
  void shouldSendTheTextWhereTheChairChoseThroughTheService() throws Exception {
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);
    givenBroken();

    mvc.perform(post("/documents/{id}/silence-chair/choice", EDUCATION).with(csrf()).header("HX-Request", "true")
            .param("choice", "NEXT_MEETING").param("password", "accord"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"status\""),
            containsString("Onto the next meeting&#39;s agenda: the document waits for the next SOC meeting."))));
    verify(silence).choose(eq(EDUCATION), eq(ChairChoice.NEXT_MEETING), eq("accord"),
        argThat(user -> user.id().equals("soc.chair")));
  }

  @Test
  void shouldRefuseAMissingChoiceInRussian() throws Exception {
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);
    givenBroken();

    mvc.perform(post("/documents/{id}/silence-chair/choice", EDUCATION).with(csrf()).header("HX-Request", "true")
            .locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Выберите, куда направить текст: вернуть в СРГ или включить в повестку следующего заседания."),
            containsString("Вернуть в СРГ"))));
    verify(silence, never()).choose(anyLong(), any(), any(), any());
  }

  // ---- others ----

  @Test
  @WithMockUser(username = "ru.delegate1", roles = "delegation-ru")
  void shouldShowNoFormToADelegateAndAnswerTheirPosts403() throws Exception {
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);
    givenBroken();

    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(CHOOSE)), not(containsString(CIRCULATE)),
            containsString("The SOC Chair circulates the text under silence"))));

    mvc.perform(post("/documents/{id}/silence-chair/choice", EDUCATION).with(csrf()).param("choice", "BACK_TO_SWG"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/silence-chair/circulation", EDUCATION).with(csrf())
            .param("expiresAt", "2030-01-01T10:00"))
        .andExpect(status().isForbidden());
    verify(silence, never()).choose(anyLong(), any(), any(), any());
    verify(silence, never()).start(anyLong(), any(), any());
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldShowTheSwgChairWhereTheProcedureStandsWithoutAFormAndAnswerTheirPosts403() throws Exception {
    whoIsNotTheSocChairReadsTheSectionAndIsRefusedItsForms();
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldShowTheSecretariatWhereTheProcedureStandsWithoutAFormAndAnswerTheirPosts403() throws Exception {
    whoIsNotTheSocChairReadsTheSectionAndIsRefusedItsForms();
  }

  /** The text waits for circulation, then, broken by Russia, for the choice: neither form is offered, both posts refused. */
  private void whoIsNotTheSocChairReadsTheSectionAndIsRefusedItsForms() throws Exception {
    when(silence.waitsForCirculation(EDUCATION)).thenReturn(true);
    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(CIRCULATE)), not(containsString(CHOOSE)),
            containsString("The SOC Chair circulates the text under silence"))));

    when(silence.waitsForCirculation(EDUCATION)).thenReturn(false);
    when(silence.waitsForChoice(EDUCATION)).thenReturn(true);
    givenBroken();
    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"silence-chair\""), containsString("Silence was broken by Russia"),
            containsString("The text ignores transit states."), not(containsString(CHOOSE)),
            not(containsString(CIRCULATE)))));

    mvc.perform(post("/documents/{id}/silence-chair/circulation", EDUCATION).with(csrf())
            .param("expiresAt", "2030-01-01T10:00"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/silence-chair/choice", EDUCATION).with(csrf()).header("HX-Request", "true")
            .param("choice", "NEXT_MEETING").param("password", "accord"))
        .andExpect(status().isForbidden());
    verify(silence, never()).start(anyLong(), any(), any());
    verify(silence, never()).choose(anyLong(), any(), any(), any());
  }

  @Test
  void shouldShowWhereTheProcedureStandsWhenNothingWaitsForTheChair() throws Exception {
    OffsetDateTime expiry = OffsetDateTime.parse("2030-12-20T12:00Z");
    when(silence.ofDocument(EDUCATION)).thenReturn(List.of(procedure(SilenceStatus.RUNNING, expiry, null)));

    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Running"), containsString("(20 December 2030, 12:00 UTC)"),
            not(containsString(CHOOSE)), not(containsString(CIRCULATE)))));
  }

  @Test
  void shouldSayWhoCirculatedAndWhoChoseAndWhomAnActingChairActedFor() throws Exception {
    // given a procedure the acting SOC Chair circulated and, after a break, sent back to the SWG
    OffsetDateTime circulated = OffsetDateTime.parse("2030-12-10T10:00Z");
    when(silence.ofDocument(EDUCATION)).thenReturn(List.of(new SilenceProcedure(4, EDUCATION, "silence-4", 12,
        SilenceStatus.BROKEN, "kz.delegate2", "soc.chair", circulated, circulated.plusDays(10), null, "ru.delegate1",
        "RU", circulated.plusDays(1), "OBJECTION", "The text ignores transit states.", "BACK_TO_SWG", "kz.delegate2",
        "soc.chair", circulated.plusDays(2))));

    // then the section names them with the Chair they acted for, in English and in Russian
    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<dt>Circulated</dt>"),
            containsString("10 December 2030, 10:00 (UTC), by kz.delegate2 (acting for soc.chair)"),
            containsString("Back to the SWG, by kz.delegate2 (acting for soc.chair)"))));
    mvc.perform(get("/documents/{id}/silence-chair", EDUCATION).locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("разослал(а) kz.delegate2 (от имени soc.chair)"),
            containsString("Вернуть в СРГ; решение принял(а) kz.delegate2 (от имени soc.chair)"))));
  }

  // ---- fixtures ----

  private void givenBroken() {
    SilenceProcedure broken = procedure(SilenceStatus.BROKEN, OffsetDateTime.now().plusDays(2), "OBJECTION");
    when(silence.ofDocument(EDUCATION)).thenReturn(List.of(broken));
  }

  private static SilenceProcedure procedure(SilenceStatus status, OffsetDateTime expiry, String breakKind) {
    OffsetDateTime now = OffsetDateTime.now();
    boolean broken = breakKind != null;
    return new SilenceProcedure(4, EDUCATION, "silence-4", 12, status, "soc.chair", null, now.minusDays(1), expiry,
        "After the SWG's consensus.", broken ? "ru.delegate1" : null, broken ? "RU" : null,
        broken ? now.minusHours(2) : null, breakKind, broken ? "The text ignores transit states." : null, null, null, null,
        null);
  }
}
