package org.accord.negotiation;

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
import static org.mockito.Mockito.verifyNoInteractions;
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
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.system.ConflictException;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The SWG Chair's sections of the document page: consensus with the round's summary, and the ruling. */
@WebMvcTest(ChairSections.class)
@PageSlice
@WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
class ChairSectionsTest {

  private static final long ENERGY = 7;
  private static final String CONSENSUS_FORM = "action=\"/documents/7/consensus\"";
  private static final String RULING_FORM = "action=\"/documents/7/ruling\"";
  private static final String ISRAEL_SAYS = "Israel joins consensus on the understanding that paragraph 2 covers all sources.";

  @Autowired MockMvc mvc;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForum() {
    when(forum.memberStates()).thenReturn(List.of(
        new Delegation("IL", "Israel", DelegationKind.MEMBER_STATE, "delegation-il", "Израиль"),
        new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz", "Казахстан")));
    when(documents.routing(ENERGY)).thenReturn(new Routing(Duration.ofDays(14), 3, true, Duration.ofDays(3),
        SilenceRule.NO_OBJECTION));
  }

  // ---- consensus ----

  @Test
  void shouldShowTheRoundsSummaryAndTheReservationsBeforeTheConfirmation() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);
    givenRoundTwoEndedInConsensus();

    mvc.perform(get("/documents/{id}/consensus", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"consensus\""), not(containsString("<html")),
            containsString("Round 2, on version 2, closed "),
            containsString("<caption>Positions in the round</caption>"),
            containsString("data-label=\"Position\">No objection</th>"),
            containsString("<span>26</span>"), containsString("<span>1</span>"),
            containsString("Of these, 3 were recorded as no objection"),
            containsString("Reservations that travel with the text"),
            containsString("<strong>Israel</strong>"), containsString("(¶2)"), containsString(ISRAEL_SAYS),
            containsString(CONSENSUS_FORM), containsString("hx-post=\"/documents/7/consensus\""),
            containsString("name=\"_csrf\""), containsString("<label for=\"consensus-note\">"),
            containsString(">Confirm consensus and recommend to the SOC</button>"))));
  }

  @Test
  void shouldConfirmThroughTheServiceAndAnswerTheSectionInPlace() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);
    givenRoundTwoEndedInConsensus();
    when(negotiation.confirmConsensus(eq(ENERGY), any(), any())).thenAnswer(call -> {
      givenEnergy(DocumentStatus.RECOMMENDED);
      when(negotiation.confirmations(ENERGY)).thenReturn(List.of(
          new ConsensusConfirmation(1, ENERGY, 12, "swg.chair", at(0), "Consensus at the SWG.", null)));
      return null;
    });

    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("note", "  Consensus at the SWG.  "))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"consensus\""), containsString("role=\"status\""),
            containsString("Consensus is confirmed; the text is recommended to the SOC."),
            containsString("Consensus confirmed by swg.chair on "), not(containsString(CONSENSUS_FORM)))));
    verify(negotiation).confirmConsensus(eq(ENERGY), eq(new ConsensusConfirmation.Given("Consensus at the SWG.")),
        argThat(user -> user.id().equals("swg.chair")));
  }

  @Test
  void shouldShowARefusalInPlaceAndKeepTheNote() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);
    givenRoundTwoEndedInConsensus();
    when(negotiation.confirmConsensus(eq(ENERGY), any(), any()))
        .thenThrow(new ConflictException("refusal.negotiation.notWaitingConsensus"));

    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("note", "Recorded at the 12th SWG meeting."))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("Not possible now."),
            containsString("The document is not waiting for the SWG Chair&#39;s confirmation."),
            containsString(">Recorded at the 12th SWG meeting.</textarea>"))));
  }

  @Test
  void shouldComeBackToTheSectionsOwnPageWithoutScript() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);
    givenRoundTwoEndedInConsensus();

    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).param("note", ""))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/7/consensus"))
        .andExpect(flash().attribute("notice", "Consensus is confirmed; the text is recommended to the SOC."));
    verify(negotiation).confirmConsensus(eq(ENERGY), eq(new ConsensusConfirmation.Given(null)), any());

    mvc.perform(get("/documents/{id}/consensus", ENERGY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<html"), containsString("<title>Consensus on CICA/SWG/2022/CP-ENERGY"),
            containsString("<a href=\"/documents/7\">Back to the document</a>"))));
  }

  @Test
  void shouldOfferNoFormWhenTheProcessDoesNotWaitForTheConfirmation() throws Exception {
    givenEnergy(DocumentStatus.IN_NEGOTIATION);
    givenRoundTwoEndedInConsensus();

    mvc.perform(get("/documents/{id}/consensus", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("does not wait for the confirmation of consensus now"),
            not(containsString(CONSENSUS_FORM)))));
  }

  @Test
  void shouldSpeakRussianToARussianChair() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);
    givenRoundTwoEndedInConsensus();

    mvc.perform(get("/documents/{id}/consensus", ENERGY).header("HX-Request", "true").locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Оговорки, сопровождающие текст"),
            containsString("<strong>Израиль</strong>"), containsString("Нет возражений"),
            containsString(">Подтвердить консенсус и рекомендовать КСДЛ</button>"))));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldRefuseTheConsensusSectionToADelegate() throws Exception {
    mvc.perform(get("/documents/{id}/consensus", ENERGY)).andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(negotiation);
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldRefuseTheConsensusSectionToTheSocChair() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);

    mvc.perform(get("/documents/{id}/consensus", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(containsString("Only the SWG Chair does this."),
            not(containsString(CONSENSUS_FORM)))));
    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).param("note", "Consensus at the SOC."))
        .andExpect(status().isForbidden());
    verifyNoInteractions(negotiation);
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldRefuseTheConsensusSectionToTheSecretariat() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_CONSENSUS);

    mvc.perform(get("/documents/{id}/consensus", ENERGY))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(containsString("Only the SWG Chair does this."),
            not(containsString(CONSENSUS_FORM)))));
    mvc.perform(post("/documents/{id}/consensus", ENERGY).with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(negotiation);
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldRefuseTheRulingToADelegate() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_SWG_CHAIR);

    mvc.perform(get("/documents/{id}/ruling", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(allOf(containsString("Only the SWG Chair does this."),
            not(containsString(RULING_FORM)))));
    mvc.perform(post("/documents/{id}/ruling", ENERGY).with(csrf()).param("ruling", "WITHDRAW")
            .param("note", "Kazakhstan withdraws its paper."))
        .andExpect(status().isForbidden());
    verifyNoInteractions(negotiation);
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldRefuseTheRulingToTheSocChair() throws Exception {
    mvc.perform(get("/documents/{id}/ruling", ENERGY)).andExpect(status().isForbidden());
    mvc.perform(post("/documents/{id}/ruling", ENERGY).with(csrf()).param("ruling", "WITHDRAW").param("note", "x"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(negotiation);
  }

  // ---- ruling ----

  @Test
  void shouldExplainTheChoicesOfTheRuling() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_SWG_CHAIR);
    givenThreeRounds();

    mvc.perform(get("/documents/{id}/ruling", ENERGY).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(startsWith("<section id=\"ruling\""),
            containsString("Round 3 has ended and the routing table allows 3 before the SWG Chair rules."),
            containsString("Revision required"),
            containsString("<legend>What do you rule?</legend>"),
            containsString("value=\"ONE_MORE_ROUND\""), containsString("value=\"WITHDRAW\""),
            containsString("one more round opens on the new version"),
            containsString("(required: they go on the record)"), containsString("name=\"note\" rows=\"4\" maxlength=\"2000\" required"),
            containsString(RULING_FORM), containsString(">Record the ruling</button>"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WITHDRAW", "ONE_MORE_ROUND"})
  void shouldRefuseARulingWithoutReasonsInPlaceAndKeepTheChoice(String ruling) throws Exception {
    givenEnergy(DocumentStatus.AWAITING_SWG_CHAIR);
    givenThreeRounds();

    mvc.perform(post("/documents/{id}/ruling", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("ruling", ruling).param("note", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"alert\""),
            containsString("Give the reasons for the ruling; they go on the record."),
            containsString("value=\"" + ruling + "\" id=\"ruling-" + ruling + "\" checked=\"checked\""))));
    verify(negotiation, never()).rule(anyLong(), any(), any());
  }

  @Test
  void shouldRecordTheRulingThroughTheService() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_SWG_CHAIR);
    givenThreeRounds();
    when(negotiation.rule(eq(ENERGY), any(), any())).thenReturn(new ChairRuling(1, ENERGY, 3,
        ChairRuling.Ruling.ONE_MORE_ROUND, "swg.chair", at(0), "One last attempt.", null));

    mvc.perform(post("/documents/{id}/ruling", ENERGY).with(csrf()).header("HX-Request", "true")
            .param("ruling", "ONE_MORE_ROUND").param("note", "One last attempt."))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("role=\"status\""),
            containsString("The ruling is recorded: One more round."))));
    verify(negotiation).rule(eq(ENERGY), eq(new ChairRuling.Given(ChairRuling.Ruling.ONE_MORE_ROUND, "One last attempt.")),
        argThat(user -> user.id().equals("swg.chair")));
  }

  @Test
  void shouldAskForAChoiceInRussianWhenNoneWasMade() throws Exception {
    givenEnergy(DocumentStatus.AWAITING_SWG_CHAIR);
    givenThreeRounds();

    mvc.perform(post("/documents/{id}/ruling", ENERGY).with(csrf()).header("HX-Request", "true")
            .locale(Locale.forLanguageTag("ru")).param("note", "Причины"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Выберите: ещё один раунд или отзыв."),
            containsString(">Причины</textarea>"))));
  }

  // ---- fixtures ----

  private void givenEnergy(DocumentStatus status) {
    when(documents.get(ENERGY)).thenReturn(new Document(ENERGY, DocumentType.CONCEPT_PAPER,
        "Concept paper on the CICA priority area \"Energy\"", "CICA/SWG/2022/CP-ENERGY", "KZ", status, "process-7",
        null, "kz.delegate1", at(-30), at(-1), null, null, null));
  }

  private void givenRoundTwoEndedInConsensus() {
    Round round = new Round(12, ENERGY, 2, 72, 2, null, at(-15), at(-1), at(-4), at(-4), false,
        SilenceRule.NO_OBJECTION, at(-1), RoundOutcome.CONSENSUS);
    Map<PositionKind, Long> counts = new EnumMap<>(PositionKind.class);
    counts.put(PositionKind.NO_OBJECTION, 26L);
    counts.put(PositionKind.AMENDMENT, 0L);
    counts.put(PositionKind.OBJECTION, 0L);
    counts.put(PositionKind.RESERVATION, 1L);
    Position israel = new Position(40, 12, "IL", PositionKind.RESERVATION, ISRAEL_SAYS, "¶2", false, "il.delegate1",
        at(-3), null);
    when(negotiation.latestRoundSummary(ENERGY))
        .thenReturn(Optional.of(new Negotiation.RoundSummary(round, counts, 3, 1, List.of(israel))));
  }

  private void givenThreeRounds() {
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1), round(2), round(3)));
  }

  private static Round round(int number) {
    return new Round(10 + number, ENERGY, number, 70 + number, number, null, at(-40 + number * 10),
        at(-30 + number * 10), null, null, false, SilenceRule.NO_OBJECTION, at(-30 + number * 10),
        RoundOutcome.REVISION_REQUIRED);
  }

  private static OffsetDateTime at(int daysFromNow) {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(daysFromNow);
  }
}
