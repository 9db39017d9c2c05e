package org.accord.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Dimension;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.document.EventFormat;
import org.accord.document.Paragraph;
import org.accord.document.Paragraphs;
import org.accord.document.SilenceRule;
import org.accord.document.VersionChanges;
import org.accord.document.VersionChanges.FieldChange;
import org.accord.document.VersionChanges.Item;
import org.accord.document.VersionChanges.LineChange;
import org.accord.document.VersionChanges.ListChange;
import org.accord.document.VersionChanges.Piece;
import org.accord.document.VersionChanges.TextChange;
import org.accord.document.VersionChanges.TextEdit;
import org.accord.document.VersionChanges.Value;
import org.accord.document.VersionReading;
import org.accord.document.VersionReading.Amount;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.forum.Forum;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatus;
import org.accord.meeting.Meetings;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionChange;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;
import org.accord.negotiation.RoundExtension;
import org.accord.silence.SilenceProcedure;
import org.accord.silence.SilenceProcedures;
import org.accord.silence.SilenceStatus;
import org.accord.system.ConflictException;
import org.accord.system.NotFoundException;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The document page and the comparison of versions, with the modules' services mocked: what every
 * reader sees, and the room made for the forms of other modules only for whom they concern.
 */
@WebMvcTest(DocumentPageController.class)
@Import(DocumentPages.class)
@PageSlice
@WithMockUser(username = "un.observer", roles = {"delegation-un", "observers"})
class DocumentPageControllerTest {

  private static final long ENERGY = 3;
  private static final String SYMBOL = "CICA/SWG/2022/CP-ENERGY";
  private static final String TITLE = "Concept paper on the CICA priority area \"Energy\"";
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
  private static final OffsetDateTime OPENED = NOW.minusDays(10);
  private static final List<String> PARAGRAPHS = List.of(
      "The Member States recognise energy security as a shared concern.",
      "The Member States will exchange experience in the field of energy.",
      "The coordinators will report to the SOC every year.");
  /** The energy paper's text, as the document module reads it: its paragraphs numbered from 1. */
  private static List<Paragraph> paragraphs() {
    return Paragraphs.of(String.join("\n\n", PARAGRAPHS));
  }

  private static final String POSITION_SLOT = "hx-get=\"/documents/3/position\"";
  private static final String EXTENSION_SLOT = "hx-get=\"/documents/3/extension\"";
  private static final String SILENCE_SLOT = "hx-get=\"/documents/3/silence-break\"";
  private static final String REVISION_SLOT = "hx-get=\"/documents/3/revision\"";
  private static final String REGISTRATION_SLOT = "hx-get=\"/documents/3/registration\"";

  @Autowired MockMvc mvc;
  @MockitoBean Documents documents;
  @MockitoBean Negotiation negotiation;
  @MockitoBean DecisionRegister decisions;
  @MockitoBean SilenceProcedures silence;
  @MockitoBean Meetings meetings;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenTheForum() {
    when(forum.all()).thenReturn(List.of(
        party("AZ", "Azerbaijan", DelegationKind.MEMBER_STATE), party("IN", "India", DelegationKind.MEMBER_STATE),
        party("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE), party("RU", "Russia", DelegationKind.MEMBER_STATE),
        party("VN", "Viet Nam", DelegationKind.MEMBER_STATE),
        party("UN", "United Nations", DelegationKind.OBSERVER_ORGANISATION),
        party("SEC", "CICA Secretariat", DelegationKind.SECRETARIAT)));
  }

  // ---- the consensus tracker ----

  @Test
  void shouldNameTheMemberStatesInTheReadersLanguage() throws Exception {
    // given the forum names Kazakhstan and India in Russian too
    when(forum.all()).thenReturn(List.of(
        new Delegation("IN", "India", DelegationKind.MEMBER_STATE, "delegation-in", "Индия"),
        new Delegation("KZ", "Kazakhstan", DelegationKind.MEMBER_STATE, "delegation-kz", "Казахстан")));
    givenTheEnergyPaperInItsFirstRound();

    // when a Russian reader opens the document
    String page = mvc.perform(get("/documents/{id}", ENERGY).locale(Locale.forLanguageTag("ru")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    // then the tracker and the header name them in Russian
    assertThat(rows(section(page, "rounds"))).anySatisfy(row -> assertThat(row).contains("Казахстан"))
        .anySatisfy(row -> assertThat(row).contains("Индия"));
    assertThat(page).doesNotContain(">Kazakhstan<");
  }

  @Test
  void shouldShowTheTrackerWithSilentAndBlockingDelegationsMarked() throws Exception {
    // given round 1 open: India amends, Russia objects, Viet Nam reserves, Azerbaijan agrees; Kazakhstan is silent
    givenTheEnergyPaperInItsFirstRound();

    // when an observer reads the document
    String page = read("/documents/{id}", ENERGY);

    // then every member state has its row, the silent one and the blocking ones marked in words
    String rounds = section(page, "rounds");
    assertThat(rows(rounds)).hasSize(5);
    assertThat(row(rounds, "Kazakhstan")).contains("class=\"silent\"", "Silent: no position yet");
    assertThat(row(rounds, "India")).contains("class=\"blocking\"", "Amendment", "Blocks consensus",
        "href=\"#p-2\"", "Paragraph 2", "Insert &quot;in renewable sources of energy,&quot; after &quot;experience&quot;.",
        "in.delegate1", "History (2 entries)", "Objection");
    assertThat(row(rounds, "Russia")).contains("Objection", "Blocks consensus", "the preamble");
    assertThat(row(rounds, "Viet Nam")).contains("Reservation or interpretative statement")
        .doesNotContain("Blocks consensus", "class=\"silent\"");
    assertThat(row(rounds, "Azerbaijan")).contains("No objection").doesNotContain("Blocks consensus", "History");
    // and the tally, the deadline counting down and the reminder sent
    assertThat(rounds).contains("<strong>4</strong> <span>of 5 answered</span>", "<strong>1</strong> <span>silent</span>",
        "<strong>2</strong> <span>blocking consensus</span>", "in 3 days", "reminder sent");
  }

  @Test
  void shouldAskForTheOpenRoundsTrackerAgainSoThatTheChairWatchesItFillIn() throws Exception {
    // given round 1 open, four of five answered
    givenTheEnergyPaperInItsFirstRound();

    // when the page is read, and then the latest round alone, as the page asks for it every 15 seconds
    String page = read("/documents/{id}", ENERGY);
    String again = read("/documents/{id}/rounds/latest", ENERGY);

    // then the open round is the one asked for again, and the fragment is that round alone with its tally
    assertThat(section(page, "rounds")).contains("id=\"latest-round\" hx-get=\"/documents/3/rounds/latest\"",
        "hx-trigger=\"every 15s\"", "The tracker fills in by itself while the round is open.");
    assertThat(again).startsWith("<div id=\"latest-round\" hx-get=\"/documents/3/rounds/latest\"")
        .contains("<strong>4</strong> <span>of 5 answered</span>", "Round 1, on version 2")
        .doesNotContain("<main", "<html", "id=\"compilation\"");
    assertThat(rows(again)).hasSize(5);
  }

  @Test
  void shouldStopAskingForTheTrackerOnceTheRoundIsClosed() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_CONSENSUS);
    Round closed = round(1, 1, OPENED, NOW.minusDays(1));
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(closed));

    String latest = read("/documents/{id}/rounds/latest", ENERGY);

    assertThat(latest).startsWith("<div id=\"latest-round\">").doesNotContain("hx-trigger", "fills in by itself");
  }

  @Test
  void shouldFoldEarlierRoundsAndCountASilenceRecordedAtTheDeadlineAsSilent() throws Exception {
    // given round 1 closed with Kazakhstan's silence counted as no objection, and round 2 open
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    Round first = round(1, 1, OPENED.minusDays(20), OPENED.minusDays(1));
    Round second = round(2, 2, OPENED, null);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(first, second));
    when(negotiation.positions(first.id())).thenReturn(List.of(
        new Position(31, first.id(), "KZ", PositionKind.NO_OBJECTION, null, null, true, "system", OPENED, null)));
    when(negotiation.positions(second.id())).thenReturn(List.of());

    // when
    String page = read("/documents/{id}", ENERGY);

    // then the latest round is open to read, the earlier folded, its silence marked as such
    String rounds = section(page, "rounds");
    assertThat(rounds.indexOf("Round 2, on version 2")).isLessThan(rounds.indexOf("<details class=\"earlier-round\">"));
    String earlier = rounds.substring(rounds.indexOf("<details class=\"earlier-round\">"));
    assertThat(earlier).contains("Round 1, on version 1: Revision required", "Silent: counted at the deadline");
    assertThat(row(earlier, "Kazakhstan")).contains("class=\"silent\"");
  }

  // ---- the compilation of amendments ----

  @Test
  void shouldSetEachProposalBesideTheParagraphItNames() throws Exception {
    // given India amends paragraph 2, Viet Nam reserves on "¶3", Russia objects to "the preamble"
    givenTheEnergyPaperInItsFirstRound();

    // when
    String compilation = section(read("/documents/{id}", ENERGY), "compilation");

    // then each paragraph stands beside its own proposals, in the order of the text
    List<String> entries = blocks(compilation, "<li class=\"compiled");
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0)).contains("¶1", PARAGRAPHS.get(0), "No proposal.").doesNotContain("India", "Viet Nam");
    assertThat(entries.get(1)).contains("¶2", PARAGRAPHS.get(1), "India", "Amendment", "Blocks consensus",
        "in renewable sources").doesNotContain("Viet Nam", "Russia");
    assertThat(entries.get(2)).contains("¶3", "Viet Nam", "within its available national resources")
        .doesNotContain("India");
    // and what names no paragraph comes after the text; an agreement without words is no proposal
    String elsewhere = compilation.substring(compilation.indexOf("Naming no paragraph of the text"));
    assertThat(elsewhere).contains("Russia", "the preamble", "The paper duplicates the work of other forums.");
    assertThat(compilation).doesNotContain("Azerbaijan");
  }

  // ---- the stage strip ----

  @Test
  void shouldMarkTheCurrentStageOfTheStrip() throws Exception {
    // given the paper in its first round
    givenTheEnergyPaperInItsFirstRound();

    // when
    String page = read("/documents/{id}", ENERGY);

    // then draft and registration are done, round 1 is the current step, the rest is to come
    List<String> stages = blocks(page.substring(page.indexOf("<ol class=\"stage-strip\">"),
        page.indexOf("</ol>", page.indexOf("<ol class=\"stage-strip\">"))), "<li class=\"stage");
    assertThat(stages).hasSize(6);
    assertThat(stages.get(0)).contains("stage-done", "Done", "Draft").doesNotContain("aria-current");
    assertThat(stages.get(1)).contains("stage-done", "Registration");
    assertThat(stages.get(2)).contains("stage-current", "aria-current=\"step\"", "Round 1", "In negotiation");
    assertThat(stages.get(3)).contains("stage-to-come", "To come", "Consensus");
    assertThat(stages.get(5)).contains("stage-to-come", "Adopted");
    assertThat(page).contains("the member states give their positions by");
  }

  @Test
  void shouldShowOnlyTheStagesAWithdrawnDocumentReached() throws Exception {
    // given a paper withdrawn during its first round
    givenTheEnergyPaper(DocumentStatus.WITHDRAWN);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, OPENED.plusDays(2))));

    // when
    String page = read("/documents/{id}", ENERGY);

    // then consensus and the SOC are not on its strip, and it ends withdrawn
    String strip = page.substring(page.indexOf("<ol class=\"stage-strip\">"), page.indexOf("</ol>", page.indexOf("<ol class=\"stage-strip\">")));
    assertThat(blocks(strip, "<li class=\"stage")).hasSize(4);
    assertThat(strip).contains("Round 1").doesNotContain("Consensus", "SOC", "Adopted");
    assertThat(blocks(strip, "<li class=\"stage").get(3)).contains("aria-current=\"step\"", "Withdrawn");
  }

  // ---- the forms of other modules, for whom they concern ----

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeRoomForThePositionFormForAMemberStatesDelegateWhileTheRoundIsOpen() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    String page = read("/documents/{id}", ENERGY);

    assertThat(page).contains("<section id=\"position\"", POSITION_SLOT, "hx-trigger=\"load\"", "hx-swap=\"outerHTML\"",
        "The position of Kazakhstan", "<noscript><p><a href=\"/documents/3/position\"");
    assertThat(row(section(page, "rounds"), "Kazakhstan")).contains("Your delegation");
    assertThat(page).doesNotContain(SILENCE_SLOT, REVISION_SLOT);
  }

  @Test
  void shouldMakeNoRoomForAnyFormForAnObserver() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    String page = read("/documents/{id}", ENERGY);

    assertThat(page).doesNotContain(POSITION_SLOT, SILENCE_SLOT, REVISION_SLOT, "id=\"position\"", "Your delegation");
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeNoRoomForThePositionFormForTheSwgChair() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(POSITION_SLOT, REVISION_SLOT);
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeNoRoomForThePositionFormOnceTheRoundIsClosed() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_CONSENSUS);
    Round closed = round(1, 1, OPENED, NOW.minusDays(1));
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(closed));

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(POSITION_SLOT);
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeRoomForTheDeadlineExtensionForTheSwgChairWhileTheRoundIsOpen() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    assertThat(section(read("/documents/{id}", ENERGY), "rounds")).contains("<section id=\"extension\"",
        EXTENSION_SLOT, "<noscript><p><a href=\"/documents/3/extension\"");
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeRoomForConfirmingConsensusForTheSwgChairWhileTheProcessWaitsForIt() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_CONSENSUS);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, NOW.minusDays(1))));

    String page = read("/documents/{id}", ENERGY);

    assertThat(page).contains("hx-get=\"/documents/3/consensus\"", "<a href=\"/documents/3/consensus\">")
        .doesNotContain("hx-get=\"/documents/3/ruling\"");
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeRoomForTheRulingForTheSwgChairOnceTheRoundsAreSpent() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_SWG_CHAIR);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, NOW.minusDays(1))));

    assertThat(read("/documents/{id}", ENERGY)).contains("hx-get=\"/documents/3/ruling\"")
        .doesNotContain("hx-get=\"/documents/3/consensus\"");
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeNoRoomForTheDeadlineExtensionForADelegate() throws Exception {
    givenTheEnergyPaperInItsFirstRound();
    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(EXTENSION_SLOT);
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldMakeNoRoomForTheDeadlineExtensionOnceTheRoundIsClosed() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_CONSENSUS);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, NOW.minusDays(1))));

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(EXTENSION_SLOT);
  }

  @Test
  void shouldShowTheSwgChairsExtensionUnderItsRoundToEveryReader() throws Exception {
    givenTheEnergyPaperInItsFirstRound();
    when(negotiation.extensions(ENERGY)).thenReturn(List.of(new RoundExtension(1, 11, ENERGY, 1,
        NOW.plusDays(1), NOW.plusDays(3).plusHours(1), "Consultations in capitals take <longer>.", "swg.chair",
        NOW.minusHours(2), null)));

    String rounds = section(read("/documents/{id}", ENERGY), "rounds");

    assertThat(rounds).contains("Deadline of round 1 extended", "by swg.chair",
        "Consultations in capitals take &lt;longer&gt;.").doesNotContain(EXTENSION_SLOT);
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeNoRoomForTheChairsStepsForADelegate() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_CONSENSUS);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, NOW.minusDays(1))));

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain("/documents/3/consensus", "/documents/3/ruling",
        "href=\"/rounds\"");
  }

  @Test
  @WithMockUser(username = "ru.delegate1", roles = "delegation-ru")
  void shouldMakeRoomForBreakingSilenceForAMemberStatesDelegateWhileTheProcedureRuns() throws Exception {
    // given the paper under silence until tomorrow
    givenTheEnergyPaperUnderSilence();

    // when a delegate of Russia reads it
    String page = read("/documents/{id}", ENERGY);

    // then the room for breaking silence, and the expiry counting down
    assertThat(page).contains("<section id=\"silence-break\"", SILENCE_SLOT,
        "<noscript><p><a href=\"/documents/3/silence-break\"", "Running", "in 23 hours")
        .doesNotContain(POSITION_SLOT, REVISION_SLOT);
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldMakeNoRoomForBreakingSilenceForTheSocChair() throws Exception {
    givenTheEnergyPaperUnderSilence();

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(SILENCE_SLOT).contains("in 23 hours");
  }

  @Test
  void shouldNameWhoCirculatedAndWhoChoseAfterTheBreakAndWhomAnActingChairActedFor() throws Exception {
    // given a procedure the acting SOC Chair circulated and, after Russia broke silence, sent back to the SWG
    givenTheEnergyPaper(DocumentStatus.IN_REVISION);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 2, OPENED, NOW.minusDays(3))));
    when(silence.ofDocument(ENERGY)).thenReturn(List.of(new SilenceProcedure(8, ENERGY, "process-8", 21,
        SilenceStatus.BROKEN, "kz.delegate2", "soc.chair", NOW.minusDays(2), NOW.plusDays(5), null, "ru.delegate1", "RU",
        NOW.minusDays(1), "OBJECTION", "Russia objects to paragraph 1.", "BACK_TO_SWG", "kz.delegate2", "soc.chair",
        NOW.minusHours(2))));

    // when anyone reads the document
    String page = read("/documents/{id}", ENERGY);

    // then the silence procedures name the acting chair beside both acts, and the Chair they acted for
    String procedures = page.substring(page.indexOf("<section id=\"silence\""));
    assertThat(procedures).contains("<span>by kz.delegate2 (acting for soc.chair)</span>",
        "The SOC Chair&#39;s choice: Back to the SWG, by kz.delegate2 (acting for soc.chair)");
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeRoomForTheRevisionForTheCoordinatorWhileTheDocumentAcceptsAVersion() throws Exception {
    givenTheEnergyPaper(DocumentStatus.IN_REVISION);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 1, OPENED, NOW.minusDays(1))));

    String page = read("/documents/{id}", ENERGY);

    assertThat(page).contains("<section id=\"coordinator\"", REVISION_SLOT, "<noscript><p><a href=\"/documents/3/revision\"",
        "the coordinator (Kazakhstan) revises the text");
  }

  @Test
  @WithMockUser(username = "in.delegate1", roles = "delegation-in")
  void shouldMakeNoRoomForTheRevisionForAnotherDelegation() throws Exception {
    givenTheEnergyPaper(DocumentStatus.IN_REVISION);

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(REVISION_SLOT);
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeNoRoomForTheRevisionWhileTheDocumentIsNegotiated() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(REVISION_SLOT);
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldMakeRoomForTheRegistrationForTheSecretariatWhileTheDocumentAwaitsIt() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_REGISTRATION);

    assertThat(read("/documents/{id}", ENERGY)).contains("<section id=\"registration\"", REGISTRATION_SLOT,
        "<noscript><p><a href=\"/documents/3/registration\"", "Register the document and give it its symbol",
        "<a href=\"/registrations\">Registrations</a>");
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldMakeNoRoomForTheRegistrationOnceRegistered() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(REGISTRATION_SLOT);
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldMakeNoRoomForTheRegistrationForTheCoordinator() throws Exception {
    givenTheEnergyPaper(DocumentStatus.AWAITING_REGISTRATION);

    assertThat(read("/documents/{id}", ENERGY)).doesNotContain(REGISTRATION_SLOT, "href=\"/registrations\"");
  }

  // ---- the header, the text and the versions ----

  @Test
  void shouldShowTheHeaderTheNumberedTextAndTheVersions() throws Exception {
    givenTheEnergyPaperInItsFirstRound();

    String page = read("/documents/{id}", ENERGY);

    assertThat(page).contains(SYMBOL, "Concept paper on the CICA priority area &quot;Energy&quot;", "In negotiation",
        "Coordinators", "Kazakhstan", "Co-coordinators", "Azerbaijan", "Energy", "(Economic dimension)",
        "<li id=\"p-1\">", "<li id=\"p-3\">", PARAGRAPHS.get(2), "The current version: version 2");
    String versions = section(page, "versions");
    assertThat(versions).contains("Revised after round 1", "kz.delegate1", SHA.substring(0, 12) + "…",
        "href=\"/api/documents/3/versions/2/content\"", "href=\"/documents/3/versions/1/diff/2\"",
        "action=\"/documents/3/diff\"", "name=\"from\"", "name=\"to\"", "<option value=\"1\" selected=\"selected\">1</option>");
  }

  @Test
  void shouldShowAPageThatSaysSoWhenTheDocumentDoesNotExist() throws Exception {
    when(documents.get(42)).thenThrow(new NotFoundException("There is no document 42."));

    mvc.perform(get("/documents/{id}", 42))
        .andExpect(status().isNotFound())
        .andExpect(content().string(allOf(containsString("There is no document 42."), containsString("role=\"alert\""))));
  }

  @Test
  void shouldEscapeWhatUsersTyped() throws Exception {
    // given a position, a note and a withdrawal reason that carry markup
    givenTheEnergyPaper(DocumentStatus.WITHDRAWN);
    Document withdrawn = new Document(ENERGY, DocumentType.CONCEPT_PAPER, "Energy <b>now</b>", SYMBOL, "KZ",
        DocumentStatus.WITHDRAWN, "process-3", null, "kz.delegate1", OPENED, NOW, "kz.delegate1", NOW,
        "<script>alert('reason')</script>");
    when(documents.get(ENERGY)).thenReturn(withdrawn);
    when(documents.withCompanions(ENERGY)).thenReturn(List.of(withdrawn));
    Round round = round(1, 1, OPENED, NOW.minusDays(1));
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round));
    when(negotiation.positions(round.id())).thenReturn(List.of(new Position(1, round.id(), "IN", PositionKind.AMENDMENT,
        "<img src=x onerror=alert(1)>", "<i>2</i>", false, "in.delegate1", OPENED, null)));

    // when
    String page = read("/documents/{id}", ENERGY);

    // then every typed text is shown as text, never as markup
    assertThat(page).contains("Energy &lt;b&gt;now&lt;/b&gt;", "&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;", "&lt;i&gt;2&lt;/i&gt;")
        .doesNotContain("<b>now</b>", "<script>alert", "<img src=x", "<i>2</i>");
  }

  // ---- the current version by its type ----

  @Test
  void shouldListACalendarsEventsWithAnIcsLinkForEachAndForTheWhole() throws Exception {
    Document calendar = givenDocument(DocumentType.CALENDAR_OF_EVENTS, DocumentStatus.IN_NEGOTIATION, "SEC");
    when(documents.reading(calendar.id(), 1)).thenReturn(new VersionReading.Calendar(2023, List.of(
        new VersionReading.Event("document-3-0123456789abcdef@accord", "CICA Tourism Forum", LocalDate.of(2023, 5, 22),
            LocalDate.of(2023, 5, 24), "TR", EventFormat.HYBRID, Dimension.ECONOMIC, "Ministries of tourism meet."),
        new VersionReading.Event("document-3-fedcba9876543210@accord", "Meeting of the SOC", LocalDate.of(2023, 12, 14),
            LocalDate.of(2023, 12, 14), null, EventFormat.VIDEOCONFERENCE, null, null))));

    String text = section(read("/documents/{id}", ENERGY), "text");

    assertThat(text).contains("href=\"/api/documents/3/calendar.ics\"",
        "href=\"/api/documents/3/calendar/events/document-3-0123456789abcdef@accord.ics\"",
        "href=\"/api/documents/3/calendar/events/document-3-fedcba9876543210@accord.ics\"",
        "22 May 2023", "24 May 2023", "14 December 2023", "Hybrid", "Videoconference", "(Economic)",
        "The events of 2023", "data-label=\"Host state\"");
  }

  @Test
  void shouldTotalABudgetAndCheckItsStaffLineAgainstItsStaffMatrix() throws Exception {
    Document budget = givenDocument(DocumentType.BUDGET, DocumentStatus.IN_NEGOTIATION, "SEC");
    when(documents.reading(budget.id(), 1)).thenReturn(new VersionReading.Budget(2023, List.of(
            new VersionReading.BudgetLine("STAFF", usd("1234567.50")), new VersionReading.BudgetLine("PREMISES", usd("240000.00"))),
        List.of(usd("1474567.50")), new VersionReading.StaffCheck(usd("1234567.50"), usd("1234567.50"))));

    String text = section(read("/documents/{id}", ENERGY), "text");

    assertThat(text).contains("Staff", "Premises", "1,234,567.50 USD", "1,474,567.50 USD", "Total",
        "staff-check agrees", "Agrees:");
  }

  @Test
  void shouldSayWhenAStaffMatrixDoesNotAgreeWithItsBudget() throws Exception {
    Document matrix = givenDocument(DocumentType.STAFF_MATRIX, DocumentStatus.IN_NEGOTIATION, "SEC");
    when(documents.reading(matrix.id(), 1)).thenReturn(new VersionReading.StaffMatrix(2023, "USD", List.of(
            new VersionReading.Post("Counsellor", "P-5", 3, usd("105000.00"), usd("315000.00"))),
        usd("315000.00"), new VersionReading.StaffCheck(usd("300000.00"), usd("315000.00"))));

    String text = section(read("/documents/{id}", ENERGY), "text");

    assertThat(text).contains("Counsellor", "P-5", "315,000.00 USD", "staff-check disagrees", "Does not agree:",
        "300,000.00 USD");
  }

  @Test
  void shouldListAnActionPlansMeasuresWithTheirTimelines() throws Exception {
    Document plan = givenDocument(DocumentType.ACTION_PLAN, DocumentStatus.IN_NEGOTIATION, "KZ");
    when(documents.reading(plan.id(), 1)).thenReturn(new VersionReading.ActionPlan(List.of(
        new VersionReading.Measure("CICA Youth Forum", Dimension.HUMAN, "Youth", List.of("KZ", "AZ"),
            YearMonth.of(2023, 5), YearMonth.of(2023, 9), null))));

    String text = section(read("/documents/{id}", ENERGY), "text");

    assertThat(text).contains("CICA Youth Forum", "Youth", "(Human)", "Kazakhstan, Azerbaijan", "May 2023 to September 2023");
  }

  @Test
  void shouldOfferAFileVersionToDownload() throws Exception {
    Document paper = givenDocument(DocumentType.CONCEPT_PAPER, DocumentStatus.AWAITING_REGISTRATION, "KZ");
    when(documents.reading(paper.id(), 1)).thenReturn(new VersionReading.File("energy.pdf", "application/pdf", 120_000));

    String text = section(read("/documents/{id}", ENERGY), "text");

    assertThat(text).contains("energy.pdf (application/pdf)", "href=\"/api/documents/3/versions/1/content\"");
  }

  // ---- decisions ----

  @Test
  void shouldListTheDecisionsWithTheirReservationsAndDownloads() throws Exception {
    // given the paper adopted at a closed meeting, with China's reservation attached
    givenTheEnergyPaper(DocumentStatus.ADOPTED);
    when(decisions.ofDocument(ENERGY)).thenReturn(List.of(new Decision(5, "SOC/2022/5", ENERGY, "CONCEPT_PAPER", TITLE,
        SYMBOL, 12, 2, SHA, "SOC", SocOutcome.APPROVED_WITH_RESERVATIONS, "soc.chair",
        OffsetDateTime.parse("2022-12-16T08:00:00Z"), null, 7L, "Meeting of the SOC, December 2022", null,
        List.of(new Reservation("RU", "Russia reads paragraph 2 as voluntary.", Reservation.Source.MEETING)))));
    when(meetings.get(7)).thenReturn(new Meeting(7, "Meeting of the SOC, December 2022", NOW, MeetingFormat.HYBRID,
        "Astana", MeetingStatus.CLOSED, "process-7", "secretariat.officer", NOW, "soc.chair", NOW, SHA));

    // when
    String page = read("/documents/{id}", ENERGY);

    // then
    assertThat(section(page, "decisions")).contains("SOC/2022/5", "Approved with reservations", "16 December 2022", SHA,
        "Russia", "(At the meeting)", "Russia reads paragraph 2 as voluntary.", "href=\"/api/meetings/7/summary.pdf\"",
        "href=\"/api/decisions.csv?year=2022\"", "href=\"/api/decisions.pdf?year=2022\"", "href=\"/desk/meetings/7\"");
    assertThat(page).contains("<strong>Outcome:</strong>", "adopted by decision SOC/2022/5");
  }

  // ---- the comparison of two versions ----

  @Test
  void shouldShowAReworkedLineWithItsWordsMarked() throws Exception {
    // given version 2 inserts words in paragraph 2 and adds a paragraph
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    when(documents.compare(ENERGY, 1, 2)).thenReturn(new VersionChanges(1, 2, false, false, List.of(), List.of(),
        List.of(new TextChange("text", List.of(
            new LineChange(3, List.of("exchange experience in the field"), 3,
                List.of("exchange experience in renewable energy in the field"), List.of(List.of(
                    new Piece(TextEdit.KEPT, "exchange experience in "), new Piece(TextEdit.INSERTED, "renewable energy in "),
                    new Piece(TextEdit.KEPT, "the field")))),
            new LineChange(5, List.of(), 6, List.of("<b>New</b> paragraph."),
                List.of(List.of(new Piece(TextEdit.INSERTED, "<b>New</b> paragraph.")))))))));

    // when
    String page = read("/documents/{id}/versions/{a}/diff/{b}", ENERGY, 1, 2);

    // then the inserted words are marked in place, with words for those who cannot see the colour
    assertThat(page).contains("What changed from version 1 to version 2",
        "exchange experience in </span><ins><span class=\"visually-hidden\">added:</span><span>renewable energy in </span></ins>",
        "Changed", "line 3", "(line 3 before)", "Added", "line 6", "&lt;b&gt;New&lt;/b&gt; paragraph.",
        "struck through: removed", "underlined: added", "<option value=\"2\" selected=\"selected\">2</option>")
        .doesNotContain("<b>New</b>");
  }

  @Test
  void shouldShowStructuredChangesAsBeforeAndAfterAndItemsAddedRemovedAndChanged() throws Exception {
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    when(documents.compare(ENERGY, 1, 2)).thenReturn(new VersionChanges(1, 2, true, false,
        List.of(new FieldChange("dimension", new Value("ECONOMIC", Dimension.ECONOMIC), new Value("HUMAN", Dimension.HUMAN))),
        List.of(new ListChange("events",
            List.of(new Item("Seminar on water security, 2023-11-02", List.of(
                new VersionChanges.Field("hostState", new Value("TJ", null))))),
            List.of(new Item("Meeting of the SOC, 2023-12-14", List.of())),
            List.of(new VersionChanges.ItemChange("Meeting of the SWG, 2023-04-11",
                List.of(new FieldChange("hostState", new Value("KZ", null), new Value("UZ", null))))))),
        List.of()));

    String page = read("/documents/{id}/versions/{a}/diff/{b}", ENERGY, 1, 2);

    assertThat(page).contains("Dimension", "<del>Economic</del>", "<ins>Human</ins>", "Events", "Added (1)",
        "Seminar on water security, 2023-11-02", "Host state", "Removed (1)", "Meeting of the SOC, 2023-12-14",
        "Changed (1)", "Meeting of the SWG, 2023-04-11", "<del>KZ</del>", "<ins>UZ</ins>", "Before (version 1)",
        "After (version 2)");
  }

  @Test
  void shouldSayInPlaceThatFilesAreNotComparedAndOfferBoth() throws Exception {
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    when(documents.compare(ENERGY, 1, 2)).thenThrow(new ConflictException(
        "Only text and structured versions can be compared; one of these is a file (application/pdf): download both to compare them."));

    String page = read("/documents/{id}/versions/{a}/diff/{b}", ENERGY, 1, 2);

    assertThat(page).contains("role=\"alert\"", "download both to compare them",
        "href=\"/api/documents/3/versions/1/content\"", "href=\"/api/documents/3/versions/2/content\"");
  }

  @Test
  void shouldSendTheCompareFormToTheComparisonsOwnAddress() throws Exception {
    mvc.perform(get("/documents/{id}/diff", ENERGY).param("from", "1").param("to", "2"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/documents/3/versions/1/diff/2"));
  }

  @Test
  void shouldRefuseACompareFormThatNamesNoVersionNumber() throws Exception {
    mvc.perform(get("/documents/{id}/diff", ENERGY).param("from", "first").param("to", "2"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("role=\"alert\"")));
  }

  @Test
  void shouldShowAPageThatSaysSoWhenAVersionDoesNotExist() throws Exception {
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    when(documents.compare(ENERGY, 1, 9)).thenThrow(new NotFoundException("Document 3 has no version 9."));

    mvc.perform(get("/documents/{id}/versions/{a}/diff/{b}", ENERGY, 1, 9))
        .andExpect(status().isNotFound())
        .andExpect(content().string(allOf(containsString("Document 3 has no version 9."), not(containsString("<ins>")))));
  }

  // ---- fixtures ----

  private String read(String path, Object... variables) throws Exception {
    return mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private void givenTheEnergyPaperInItsFirstRound() {
    givenTheEnergyPaper(DocumentStatus.IN_NEGOTIATION);
    Round round = new Round(11, ENERGY, 1, 21, 2, null, OPENED, NOW.plusDays(3).plusHours(1), NOW.minusDays(1),
        NOW.minusDays(1), false, SilenceRule.NO_OBJECTION, null, null);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round));
    when(negotiation.positions(round.id())).thenReturn(List.of(
        new Position(1, round.id(), "AZ", PositionKind.NO_OBJECTION, null, null, false, "az.delegate1", OPENED, null),
        new Position(2, round.id(), "IN", PositionKind.AMENDMENT,
            "Insert \"in renewable sources of energy,\" after \"experience\".", "paragraph 2", false, "in.delegate1",
            OPENED.plusDays(1), OPENED.plusDays(2)),
        new Position(3, round.id(), "RU", PositionKind.OBJECTION, "The paper duplicates the work of other forums.",
            "the preamble", false, "ru.delegate1", OPENED.plusDays(1), null),
        new Position(4, round.id(), "VN", PositionKind.RESERVATION,
            "Viet Nam will take part within its available national resources.", "¶3", false, "vn.delegate1",
            OPENED.plusDays(1), null)));
    when(negotiation.changes(round.id())).thenReturn(List.of(
        new PositionChange(1, "IN", PositionKind.OBJECTION, "Energy is outside the forum's remit.", null, false,
            "in.delegate1", OPENED.plusDays(1)),
        new PositionChange(2, "IN", PositionKind.AMENDMENT,
            "Insert \"in renewable sources of energy,\" after \"experience\".", "paragraph 2", false, "in.delegate1",
            OPENED.plusDays(2))));
  }

  private void givenTheEnergyPaperUnderSilence() {
    givenTheEnergyPaper(DocumentStatus.UNDER_SILENCE);
    when(negotiation.rounds(ENERGY)).thenReturn(List.of(round(1, 2, OPENED, NOW.minusDays(3))));
    when(silence.ofDocument(ENERGY)).thenReturn(List.of(new SilenceProcedure(8, ENERGY, "process-8", 21,
        SilenceStatus.RUNNING, "soc.chair", null, NOW.minusDays(2), NOW.plusHours(23).plusMinutes(30), null, null, null,
        null, null, null, null, null, null, null)));
  }

  private void givenTheEnergyPaper(DocumentStatus status) {
    Document paper = new Document(ENERGY, DocumentType.CONCEPT_PAPER, TITLE, SYMBOL, "KZ", status, "process-3", null,
        "kz.delegate1", OPENED.minusDays(5), NOW, null, null, null);
    when(documents.get(ENERGY)).thenReturn(paper);
    when(documents.withCompanions(ENERGY)).thenReturn(List.of(paper));
    when(documents.versions(ENERGY)).thenReturn(List.of(version(1, null), version(2, "Revised after round 1")));
    when(documents.reading(ENERGY, 2)).thenReturn(new VersionReading.ConceptPaper("Energy", Dimension.ECONOMIC,
        List.of("KZ"), List.of("AZ"), paragraphs()));
    when(documents.paragraphs(anyLong(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(paragraphs());
  }

  /** A document of another type, with one version, under the same id. */
  private Document givenDocument(DocumentType type, DocumentStatus status, String coordinator) {
    Document document = new Document(ENERGY, type, "Document of type " + type, SYMBOL, coordinator, status, "process-3",
        null, "secretariat.officer", OPENED, NOW, null, null, null);
    when(documents.get(ENERGY)).thenReturn(document);
    when(documents.withCompanions(ENERGY)).thenReturn(List.of(document));
    when(documents.versions(ENERGY)).thenReturn(List.of(version(1, null)));
    return document;
  }

  private static DocumentVersion version(int number, String note) {
    return new DocumentVersion(20 + number, ENERGY, number, null, "application/json", 2_400, SHA, null, null, null, note,
        "kz.delegate1", OPENED.minusDays(4 - number), false);
  }

  private static Round round(int number, int version, OffsetDateTime openedAt, OffsetDateTime closedAt) {
    return new Round(10 + number, ENERGY, number, 20 + version, version, null, openedAt, openedAt.plusDays(14),
        openedAt.plusDays(11), null, false, SilenceRule.NO_OBJECTION, closedAt,
        closedAt == null ? null : org.accord.negotiation.RoundOutcome.REVISION_REQUIRED);
  }

  private static Amount usd(String amount) {
    return new Amount(new BigDecimal(amount), "USD");
  }

  private static Delegation party(String code, String name, DelegationKind kind) {
    return new Delegation(code, name, kind, "delegation-" + code.toLowerCase());
  }

  /** The markup of the section with this id, up to its end. */
  private static String section(String page, String id) {
    int start = page.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section #" + id).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** The blocks that start with this markup, each up to the next. */
  private static List<String> blocks(String markup, String start) {
    List<String> blocks = new java.util.ArrayList<>();
    int at = markup.indexOf(start);
    while (at >= 0) {
      int next = markup.indexOf(start, at + start.length());
      blocks.add(markup.substring(at, next < 0 ? markup.length() : next));
      at = next;
    }
    return blocks;
  }

  private static List<String> rows(String markup) {
    String body = markup.substring(markup.indexOf("<tbody>"), markup.indexOf("</tbody>"));
    return blocks(body, "<tr");
  }

  /** The tracker's row of a member state, with its opening tag. */
  private static String row(String markup, String state) {
    Matcher row = Pattern.compile("<tr[^>]*>\\s*<td data-label=\"Member state\"><strong>" + Pattern.quote(state)
        + "</strong>.*?</tr>", Pattern.DOTALL).matcher(markup);
    assertThat(row.find()).as("the row of " + state).isTrue();
    return row.group();
  }
}
