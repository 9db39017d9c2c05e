package org.accord.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.document.DocumentStatus;
import org.accord.meeting.AgendaItem;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatus;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionChange;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;
import org.accord.negotiation.RoundOutcome;
import org.accord.security.CurrentUser;
import org.accord.silence.SilenceProcedure;
import org.accord.silence.SilenceProcedures;
import org.accord.silence.SilenceStatus;
import org.accord.tasklist.TaskList;
import org.accord.tasklist.WorkItem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo a newcomer finds on the embedded default: where each document stands, who has work waiting. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class DemoForumTest {

  static final CurrentUser SOC_CHAIR = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));
  private static final CurrentUser SECRETARIAT = new CurrentUser("secretariat.officer", List.of("secretariat"));
  private static final int COMING_YEAR = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).getYear() + 1;

  @Autowired DemoForum demo;
  @Autowired Documents documents;
  @Autowired Negotiation negotiation;
  @Autowired Meetings meetings;
  @Autowired DecisionRegister register;
  @Autowired SilenceProcedures silence;
  @Autowired TaskList tasks;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldHoldTheMeetingInSessionAFewDaysAheadWithTheFiveSeedDocumentsOnItsAgenda() {
    Meeting meeting = meetingInSession(meetings);

    assertThat(meeting.title()).isEqualTo(SeedMeeting.MEETING_TITLE);
    assertThat(meeting.status()).isEqualTo(MeetingStatus.AGENDA_CONFIRMED);
    assertThat(meeting.format()).isEqualTo(MeetingFormat.VIDEOCONFERENCE);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    assertThat(meeting.startsAt()).isAfter(now.plusDays(2)).isBefore(now.plusDays(4));
    assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::documentTitle).containsExactly(
        SeedMeeting.TOURISM, SeedMeeting.AGRICULTURE, SeedMeeting.ACTION_PLAN,
        SeedMeeting.CALENDAR + COMING_YEAR, SeedMeeting.BUDGET + COMING_YEAR);
  }

  @Test
  void shouldGiveTheSocChairOneDecisionTaskPerAgendaItem() {
    Meeting meeting = meetingInSession(meetings);

    List<WorkItem> work = tasks.of(SOC_CHAIR, "Task_DecideItem", null, null, null, 0, 50).items();

    assertThat(work).hasSize(5);
    assertThat(work).extracting(WorkItem::documentId).containsExactlyInAnyOrderElementsOf(
        meetings.agenda(meeting.id()).stream().map(AgendaItem::documentId).toList());
    assertThat(taskService.createTaskQuery().taskCandidateGroup("soc-chair").taskDefinitionKey("Task_DecideItem").count())
        .as("Decide agenda item tasks in Camunda Tasklist").isEqualTo(5);
  }

  @Test
  void shouldBringEachSeedDocumentThroughItsOwnRoundsToTheMeeting() {
    Document tourism = document(SeedMeeting.TOURISM);
    assertThat(tourism.symbol()).isEqualTo("CICA/SWG/" + tourism.createdAt().getYear() + "/CP-TOURISM");
    assertThat(documents.versions(tourism.id())).hasSize(2);
    assertRounds(tourism, Map.of("KZ", PositionKind.AMENDMENT), Map.of("CN", PositionKind.RESERVATION));

    Document agriculture = document(SeedMeeting.AGRICULTURE);
    List<Round> agricultureRounds = assertRounds(agriculture, Map.of("RU", PositionKind.OBJECTION), Map.of());
    assertThat(negotiation.changes(agricultureRounds.get(1).id())).filteredOn(c -> c.delegationCode().equals("RU"))
        .extracting(PositionChange::kind).containsExactly(PositionKind.RESERVATION, PositionKind.NO_OBJECTION);

    assertRounds(document(SeedMeeting.ACTION_PLAN), Map.of("IN", PositionKind.AMENDMENT), Map.of());
    assertRounds(document(SeedMeeting.CALENDAR), Map.of("IL", PositionKind.RESERVATION));

    Document budget = document(SeedMeeting.BUDGET);
    List<Round> budgetRounds = assertRounds(budget, Map.of());
    Document staffMatrix = document(SeedMeeting.STAFF_MATRIX);
    assertThat(staffMatrix.packageOf()).isEqualTo(budget.id());
    assertThat(staffMatrix.status()).isEqualTo(DocumentStatus.AWAITING_SOC_MEETING);
    assertThat(budgetRounds.get(0).companionVersionId()).isEqualTo(documents.latestVersion(staffMatrix.id()).id());
  }

  @Test
  void shouldLeaveTheEnergyPapersSecondRoundOpenOnTheRevisionWithHalfTheDelegationsAnswered() {
    Document energy = document(WorkInProgress.ENERGY);
    List<Round> rounds = negotiation.rounds(energy.id());

    assertThat(energy.status()).isEqualTo(DocumentStatus.IN_NEGOTIATION);
    assertThat(documents.versions(energy.id())).hasSize(2);
    assertThat(rounds).hasSize(2);
    assertThat(rounds.get(0).outcome()).isEqualTo(RoundOutcome.REVISION_REQUIRED);
    assertThat(rounds.get(1).isOpen()).isTrue();
    assertThat(rounds.get(1).versionNumber()).isEqualTo(2);
    assertThat(negotiation.positions(rounds.get(1).id())).extracting(Position::delegationCode)
        .containsExactlyInAnyOrderElementsOf(WorkInProgress.ENERGY_ANSWERED).hasSize(14);
    for (String silent : List.of("kz", "ru", "cn")) {
      assertThat(tasks.of(delegate(silent), "Task_GivePosition", null, energy.id(), null, 0, 10).items())
          .as("%s's position task", silent).hasSize(1);
    }
    assertThat(tasks.of(delegate("in"), "Task_GivePosition", null, energy.id(), null, 0, 10).items()).isEmpty();
    // Registered: Cockpit finds the document's process and its round by the symbol
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(energy.symbol()).list())
        .extracting(instance -> instance.getProcessDefinitionId().split(":")[0])
        .containsExactlyInAnyOrder("document-approval", "negotiation-round");
  }

  @Test
  void shouldLeaveTheYouthCalendarForTheSecretariatToRevise() {
    Document calendar = document(WorkInProgress.YOUTH_CALENDAR);

    assertThat(calendar.status()).isEqualTo(DocumentStatus.IN_REVISION);
    assertThat(tasks.of(SECRETARIAT, "Task_ReviseDocument", null, calendar.id(), null, 0, 10).items()).hasSize(1);
  }

  @Test
  void shouldKeepTheEducationPaperUnderSilenceUntilAFewDaysAhead() {
    Document education = document(WorkInProgress.EDUCATION);
    List<SilenceProcedure> procedures = silence.ofDocument(education.id());

    assertThat(education.status()).isEqualTo(DocumentStatus.UNDER_SILENCE);
    assertThat(procedures).singleElement().satisfies(procedure -> {
      assertThat(procedure.status()).isEqualTo(SilenceStatus.RUNNING);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      assertThat(procedure.expiresAt()).isAfter(now.plusDays(4)).isBefore(now.plusDays(6));
      assertThat(procedure.startedBy()).isEqualTo("soc.chair");
    });
  }

  @Test
  void shouldLeaveANewDraftForTheSecretariatToRegister() {
    Document environment = document(WorkInProgress.ENVIRONMENT);

    assertThat(environment.status()).isEqualTo(DocumentStatus.AWAITING_REGISTRATION);
    assertThat(tasks.of(SECRETARIAT, "Task_RegisterDocument", null, null, null, 0, 10).items())
        .extracting(WorkItem::documentId, WorkItem::page)
        .containsExactly(tuple(environment.id(), "/documents/" + environment.id() + "#registration"));
    // Not yet registered: the process is known by the document's id
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(environment.id()))
        .count()).isEqualTo(1);
  }

  @Test
  void shouldLeaveEachChairAndTheSecretariatAStepToTake() {
    // the SWG Chair confirms the transport paper's consensus, with Iran's reservation
    Document transport = document(ChairsWork.TRANSPORT);
    CurrentUser swgChair = new CurrentUser("swg.chair", List.of("chairs", "swg-chair"));
    assertThat(transport.status()).isEqualTo(DocumentStatus.AWAITING_CONSENSUS);
    assertThat(tasks.of(swgChair, "Task_ConfirmConsensus", null, transport.id(), null, 0, 10).items())
        .extracting(WorkItem::page).containsExactly("/documents/" + transport.id() + "#consensus");
    assertThat(negotiation.positions(negotiation.rounds(transport.id()).get(0).id()))
        .filteredOn(position -> position.kind() == PositionKind.RESERVATION)
        .extracting(Position::delegationCode).containsExactly("IR");

    // the SOC Chair chooses the ICT paper's route
    Document ict = document(ChairsWork.ICT);
    assertThat(ict.status()).isEqualTo(DocumentStatus.RECOMMENDED);
    assertThat(tasks.of(SOC_CHAIR, "Task_ChooseSocRoute", null, ict.id(), null, 0, 10).items())
        .extracting(WorkItem::page).containsExactly("/documents/" + ict.id() + "#route");

    // the Secretariat finds two papers for a meeting it has yet to convene
    assertThat(meetings.candidates()).extracting(Document::title)
        .containsExactlyInAnyOrder(ChairsWork.SMALL_BUSINESS, ChairsWork.EMERGENCIES);
  }

  @Test
  void shouldChangeNothingWhenLoadedAgain() throws Exception {
    Map<String, Long> before = counts();

    demo.run(new DefaultApplicationArguments());

    assertThat(counts()).isEqualTo(before).containsEntry("document", 15L);
  }

  @Test
  void shouldHaveAdoptedTheYouthPaperAtAMeetingHeldAMonthAgo() {
    // given the demo: readers find one document adopted and the register's first entry
    Document youth = documents.page(DocumentStatus.ADOPTED, null, 0, 10).stream()
        .filter(document -> document.title().equals(EarlierMeeting.YOUTH)).findFirst().orElseThrow();
    List<Decision> decided = register.ofDocument(youth.id());

    assertThat(decided).singleElement().satisfies(decision -> {
      assertThat(decision.outcome()).isEqualTo(SocOutcome.APPROVED);
      assertThat(decision.number()).isEqualTo("SOC/" + OffsetDateTime.now(ZoneOffset.UTC).getYear() + "/1");
    });
    Meeting held = meetings.page(0, 10).stream().filter(meeting -> meeting.title().equals(EarlierMeeting.MEETING_TITLE))
        .findFirst().orElseThrow();
    assertThat(held.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(held.startsAt()).isBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(20));
    assertThat(meetings.attendance(held.id())).contains("KZ", "MN", "CN");
  }

  static Meeting meetingInSession(Meetings meetings) {
    // the demo's meeting starts in a few days: its agenda is confirmed, its session not yet open
    return meetings.page(0, 10).stream().filter(meeting -> meeting.status() == MeetingStatus.AGENDA_CONFIRMED
            || meeting.status() == MeetingStatus.IN_SESSION)
        .reduce((first, second) -> {
          throw new AssertionError("More than one meeting in session");
        })
        .orElseThrow(() -> new AssertionError("No meeting in session"));
  }

  /** Every round but the last needed revision; the last ended in consensus, confirmed by the SWG Chair. */
  @SafeVarargs
  private List<Round> assertRounds(Document document, Map<String, PositionKind>... saidPerRound) {
    List<Round> rounds = negotiation.rounds(document.id());
    assertThat(document.status()).as(document.title()).isEqualTo(DocumentStatus.AWAITING_SOC_MEETING);
    assertThat(rounds).as(document.title()).hasSize(saidPerRound.length);
    for (int i = 0; i < rounds.size(); i++) {
      Round round = rounds.get(i);
      assertThat(round.outcome()).as("%s, round %d", document.title(), i + 1)
          .isEqualTo(i == rounds.size() - 1 ? RoundOutcome.CONSENSUS : RoundOutcome.REVISION_REQUIRED);
      List<Position> positions = negotiation.positions(round.id());
      assertThat(positions).hasSize(28).noneMatch(Position::bySilence);
      Map<String, PositionKind> notNoObjection = new LinkedHashMap<>();
      positions.stream().filter(p -> p.kind() != PositionKind.NO_OBJECTION)
          .forEach(p -> notNoObjection.put(p.delegationCode(), p.kind()));
      assertThat(notNoObjection).as("%s, round %d", document.title(), i + 1).isEqualTo(saidPerRound[i]);
    }
    assertThat(negotiation.confirmations(document.id())).singleElement()
        .satisfies(confirmation -> assertThat(confirmation.confirmedBy()).isEqualTo("swg.chair"));
    return rounds;
  }

  private Document document(String titlePrefix) {
    return documents.page(null, null, 0, 100).stream().filter(d -> d.title().startsWith(titlePrefix)).findFirst()
        .orElseThrow(() -> new AssertionError("No document " + titlePrefix));
  }

  private static CurrentUser delegate(String state) {
    return new CurrentUser(state + ".delegate1", List.of("delegation-" + state));
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("document", "document_version", "negotiation_round", "delegation_position",
        "position_change", "consensus_confirmation", "decision", "soc_meeting", "agenda_item", "silence_procedure",
        "work_item", "act_ru_task", "act_ru_execution")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
