package org.accord.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.decision.Reservation;
import org.accord.decision.RouteChoice;
import org.accord.decision.SocOutcome;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Registration;
import org.accord.document.Routing;
import org.accord.document.RoutingTable;
import org.accord.document.VersionSubmitted;
import org.accord.document.Withdrawal;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatements;
import org.accord.meeting.MeetingStatus;
import org.accord.negotiation.ChairRuling;
import org.accord.negotiation.GivePosition;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.RoundOutcome;
import org.accord.negotiation.RoundRules;
import org.accord.silence.ChairChoice;
import org.accord.silence.Circulation;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stand-ins for every bean the processes name, so that the process tests run the BPMN and the DMN
 * without Accord's database. What the real beans keep in Accord's tables the fakes keep in memory
 * (a ledger of the document, its rounds, its silence procedures, the meeting's items), and every rule
 * they apply is Accord's own: the routing table through {@link RoutingTable}, the round's rules
 * through {@link RoundRules}, the commands' checks ({@link GivePosition#checked()}, ...), the
 * statements a decision carries ({@link SocOutcome#attached}). Tasks are read through the real
 * {@link TaskForm}, so a completion is parsed as Accord parses it.
 *
 * <p>Registered as an instance extension after the engine's static one: before each test it binds
 * camunda-bpm-assert to the engine, registers the fakes and sets the engine clock to {@link #START};
 * after each test it undoes all three, since Mocks, camunda-bpm-assert and ClockUtil keep state
 * beyond the test.
 */
final class ProcessFakes implements BeforeEachCallback, AfterEachCallback {

  static final String DOCUMENT_APPROVAL = "bpmn/document-approval.bpmn";
  static final String DOCUMENT_ROUTING = "bpmn/document-routing.dmn";
  static final String NEGOTIATION_ROUND = "bpmn/negotiation-round.bpmn";
  static final String SILENCE_PROCEDURE = "bpmn/silence-procedure.bpmn";
  static final String SOC_MEETING = "bpmn/soc-meeting.bpmn";

  /** The member-state delegations of the fake forum: every round asks each of them. */
  static final List<String> DELEGATIONS = List.of("delegation-kz", "delegation-ru", "delegation-cn");
  /** The coordinator of the fake document. */
  static final String COORDINATOR = "delegation-tr";
  /** The documents on every meeting's agenda: what meetingAgenda.documentIds(execution) returns. */
  static final List<Long> AGENDA = List.of(11L, 12L, 13L);
  /** Every test starts at the same engine time, so that timer dates can be asserted exactly. */
  static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

  record Delivery(long documentId, String socDecision) {}

  /** A round as negotiation's tables would hold it. */
  static final class Round {
    final int number;
    final Map<String, String> positions = new LinkedHashMap<>();
    RoundRules.Schedule schedule;
    boolean extended;
    RoundOutcome outcome;

    Round(int number, RoundRules.Schedule schedule) {
      this.number = number;
      this.schedule = schedule;
    }

    Date deadline() {
      return AccordClock.date(schedule.deadline());
    }
  }

  private final ProcessEngineCoverageExtension engine;

  /** Bean names in the order the engine called them. */
  final List<String> calls = new ArrayList<>();
  /** The statuses documentStatus.mark(...) set, in order. */
  final List<String> statuses = new ArrayList<>();
  /** The rounds in the order they opened, by the negotiation-round instance that runs each. */
  final Map<String, Round> rounds = new LinkedHashMap<>();
  /** The silent groups each sendReminders call reminded. */
  final List<List<String>> reminded = new ArrayList<>();
  final List<String> roundOutcomes = new ArrayList<>();
  /** The new deadline each announceExtension call told the delegations of. */
  final List<OffsetDateTime> announced = new ArrayList<>();
  final List<ChairRuling.Given> rulings = new ArrayList<>();
  final List<Withdrawal> withdrawals = new ArrayList<>();
  /** Per silence-procedure instance: its exact expiry, and how it ended. */
  final Map<String, OffsetDateTime> silenceExpiries = new HashMap<>();
  final Map<String, String> silenceOutcomes = new HashMap<>();
  /** The agenda item each "Agenda item" activity instance decides: its document. */
  final Map<String, Long> agendaItems = new HashMap<>();
  /** The documents withdrawn from the meeting's agenda after it was confirmed. */
  final Set<Long> withdrawnItems = new HashSet<>();
  /** The id of the one document document-approval carries in the process tests (its business key until registered). */
  static final long DOCUMENT = 42;

  /** The SOC's decisions recorded, per document, in order. */
  final Map<Long, List<String>> decisions = new LinkedHashMap<>();
  final List<Delivery> deliveries = new ArrayList<>();

  private final Set<String> failing = new HashSet<>();
  /** The meeting sits from its start: by default from the moment every test starts at. */
  private Meeting meeting = meetingStartingAt(START.atOffset(ZoneOffset.UTC));
  private DocumentType documentType = DocumentType.CONCEPT_PAPER;
  private Routing routing;
  private String route;

  ProcessFakes(ProcessEngineCoverageExtension engine) {
    this.engine = engine;
  }

  /**
   * The engine of camunda-process-test.cfg.xml, with coverage written to
   * target/process-test-coverage/. The file is not named camunda.cfg.xml on purpose: Camunda's
   * REST API would otherwise build that engine inside the Spring Boot tests too. A test class must
   * cover at least 90% of the processes it runs; running a single method needs
   * -Dprocess-coverage.at-least=0, or the class check fails.
   */
  static ProcessEngineCoverageExtension coverageExtension() {
    return ProcessEngineCoverageExtension.builder()
        .configurationResource("camunda-process-test.cfg.xml")
        .assertClassCoverageAtLeast(Double.parseDouble(System.getProperty("process-coverage.at-least", "0.9")))
        .build();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(START));
    registerDocumentFakes();
    registerRoundFakes();
    registerSocFakes();
    registerSilenceFakes();
    registerMeetingFakes();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mocks.reset();
    BpmnAwareTests.reset();
    ClockUtil.reset();
  }

  /** The fake document is of this type, and follows the routing table's row for it. */
  void document(String type) {
    documentType = DocumentType.valueOf(type);
    routing = null;
  }

  /** The routing the document follows: determined by the real table when it was registered (or now). */
  Routing routing() {
    if (routing == null) {
      routing = new RoutingTable(decisionService(), repositoryService()).of(documentType).routing();
    }
    return routing;
  }

  /** What the SOC decided on the document at a meeting, as the register would hold it. */
  void decided(long documentId, String outcome) {
    decisions.computeIfAbsent(documentId, id -> new ArrayList<>()).add(SocOutcome.valueOf(outcome).name());
  }

  /** The meeting, its agenda confirmed, starts at this moment rather than at {@link #START}. */
  void meetingStarts(OffsetDateTime startsAt) {
    meeting = meetingStartingAt(startsAt);
  }

  /** A document leaves the confirmed agenda: its decision task is then closed without a decision. */
  void withdrawFromAgenda(long documentId) {
    withdrawnItems.add(documentId);
  }

  /** From now on the named bean refuses, as the real one does with invalid input. */
  void failOn(String bean) {
    failing.add(bean);
  }

  long count(String bean) {
    return calls.stream().filter(bean::equals).count();
  }

  Round round(String roundProcess) {
    return rounds.get(roundProcess);
  }

  /** The groups that have given no position yet in the round: the real rule, on the fake's record. */
  List<String> silentGroups(Round round) {
    return RoundRules.silent(DELEGATIONS, round.positions.keySet());
  }

  // ---- registration, one group of beans per module ----

  private void registerDocumentFakes() {
    Mocks.register("documentStatus", new StatusMarker());
    Mocks.register("documentProcess", new DocumentProcessFacts());
    Mocks.register("recordDraft", (TaskListener) task -> {
      record("recordDraft");
      TaskForm.command(task, VersionSubmitted.class, form -> VersionSubmitted.fromForm(form, "draftText", "draftData"));
    });
    Mocks.register("checkSubmission", recordingDelegate("checkSubmission"));
    Mocks.register("registerDocument", (TaskListener) task -> {
      record("registerDocument");
      Registration.keyProcess(task.getExecution(),
          TaskForm.command(task, Registration.class, form -> new Registration(form.text("symbol"))).checkedSymbol());
    });
    Mocks.register("determineRouting", (JavaDelegate) execution -> {
      record("determineRouting");
      routing = null;
      routing();
    });
    Mocks.register("recordWithdrawal", (JavaDelegate) execution -> {
      record("recordWithdrawal");
      withdrawals.add(Withdrawal.takenFrom(execution));
    });
    Mocks.register("freezeAdoptedVersion", recordingDelegate("freezeAdoptedVersion"));
  }

  private void registerRoundFakes() {
    Mocks.register("rounds", new RoundFacts());
    Mocks.register("openRound", (JavaDelegate) this::openRound);
    Mocks.register("recordPosition", (TaskListener) this::recordPosition);
    Mocks.register("sendReminders", (JavaDelegate) execution -> {
      record("sendReminders");
      reminded.add(silentGroups(rounds.get(execution.getProcessInstanceId())));
    });
    Mocks.register("extendDeadline", (JavaDelegate) execution -> {
      record("extendDeadline");
      Round round = rounds.get(execution.getProcessInstanceId());
      round.schedule = RoundRules.extension(round.schedule.deadline(), now(), routing());
      round.extended = true;
    });
    Mocks.register("announceExtension", (JavaDelegate) execution -> {
      record("announceExtension");
      announced.add(rounds.get(execution.getProcessInstanceId()).schedule.deadline());
    });
    Mocks.register("recordSilence", (JavaDelegate) execution -> {
      record("recordSilence");
      Round round = rounds.get(execution.getProcessInstanceId());
      silentGroups(round).forEach(group -> round.positions.put(group, RoundRules.silenceCountsAs().name()));
    });
    Mocks.register("closeRound", (JavaDelegate) execution -> {
      record("closeRound");
      Round round = rounds.get(execution.getProcessInstanceId());
      round.outcome = RoundRules.outcome(round.positions.values().stream().map(PositionKind::valueOf).toList());
      roundOutcomes.add(round.outcome.name());
    });
    Mocks.register("recordRevision", (TaskListener) task -> {
      record("recordRevision");
      TaskForm.command(task, VersionSubmitted.class, form -> VersionSubmitted.fromForm(form, "revisedText", "revisedData"));
    });
    Mocks.register("confirmConsensus", recordingListener("confirmConsensus"));
    Mocks.register("recordChairRuling", (TaskListener) task -> {
      ChairRuling.Given ruling = TaskForm.command(task, ChairRuling.Given.class, form -> new ChairRuling.Given(
          Inputs.oneOf(ChairRuling.Ruling.class, form.value("furtherRounds"), "refusal.what.ruling"),
          form.text("rulingNote"))).checked();
      record("recordChairRuling");
      rulings.add(ruling);
      if (ruling.ruling() == ChairRuling.Ruling.WITHDRAW) {
        new Withdrawal("swg.chair", "Withdrawn by the SWG Chair's ruling: " + ruling.note()).handTo(task.getExecution());
      }
    });
  }

  private void registerSocFakes() {
    Mocks.register("chooseSocRoute", (TaskListener) task -> {
      SocRoute chosen = TaskForm.command(task, RouteChoice.class, form -> new RouteChoice(
          Inputs.oneOf(SocRoute.class, form.value("socRoute"), "refusal.what.socRoute"))).checked(routing());
      record("chooseSocRoute");
      route = chosen.name();
    });
    Mocks.register("socRoute", new RouteFacts());
    Mocks.register("socDecisions", new DecisionFacts());
  }

  private void registerSilenceFakes() {
    Mocks.register("silence", new SilenceFacts());
    Mocks.register("startSilence", (TaskListener) task -> {
      Circulation circulation = TaskForm.command(task, Circulation.class, form -> new Circulation(
          form.value("silenceExpiresAt") instanceof Date date ? AccordClock.utc(date) : null, form.text("silenceNote")));
      OffsetDateTime expiry = circulation.checkedExpiry(now());
      record("startSilence");
      silenceExpiries.put(task.getProcessInstanceId(), expiry);
    });
    Mocks.register("adoptBySilence", (JavaDelegate) execution -> {
      record("adoptBySilence");
      silenceOutcomes.put(execution.getProcessInstanceId(), "ADOPTED");
    });
    Mocks.register("announceSilenceBreak", recordingDelegate("announceSilenceBreak"));
    Mocks.register("recordSilenceChoice", (TaskListener) task -> {
      ChairChoice choice = TaskForm.command(task, ChairChoice.Made.class, form -> new ChairChoice.Made(
          Inputs.oneOf(ChairChoice.class, form.value("chairChoice"), "refusal.what.chairChoice"))).choice();
      record("recordSilenceChoice");
      silenceOutcomes.put(task.getProcessInstanceId(), choice.name());
    });
  }

  private void registerMeetingFakes() {
    Mocks.register("meetingAgenda", new Agenda());
    Mocks.register("confirmAgenda", recordingListener("confirmAgenda"));
    Mocks.register("recordMeetingDecision", (TaskListener) this::recordMeetingDecision);
    Mocks.register("deliverMeetingDecision", (JavaDelegate) execution -> {
      record("deliverMeetingDecision");
      long documentId = agendaItems.get(execution.getParentActivityInstanceId());
      if (withdrawnItems.contains(documentId)) {
        return; // nothing was decided: the document's own process no longer waits for the meeting
      }
      List<String> decided = decisions.get(documentId);
      deliveries.add(new Delivery(documentId, decided.get(decided.size() - 1)));
    });
    Mocks.register("closeMeeting", (TaskListener) task -> {
      requireSitting();
      record("closeMeeting");
    });
    Mocks.register("produceSummaryRecord", recordingDelegate("produceSummaryRecord"));
  }

  // ---- expression beans: the expression language calls them by reflection, hence public ----

  /** ${documentStatus.mark(execution, 'X')}: X must be a real DocumentStatus. */
  public final class StatusMarker {
    public void mark(DelegateExecution execution, String status) {
      statuses.add(DocumentStatus.valueOf(status).name());
    }
  }

  /** ${documentProcess...}: the coordinator and the routing of the fake document. */
  public final class DocumentProcessFacts {
    public void begin(DelegateExecution execution) {
      Long.parseLong(execution.getProcessBusinessKey());
    }

    public String coordinatorGroup(DelegateExecution execution) {
      return COORDINATOR;
    }

    public boolean silenceAllowed(DelegateExecution execution) {
      return routing().silenceProcedureAllowed();
    }
  }

  /** ${rounds...}: the round's record, and what document-approval branches on after a round. */
  public final class RoundFacts {
    public Date deadline(DelegateExecution execution) {
      return rounds.get(execution.getProcessInstanceId()).deadline();
    }

    public Date reminder(DelegateExecution execution) {
      return AccordClock.date(rounds.get(execution.getProcessInstanceId()).schedule.reminderAt());
    }

    public List<String> silentGroups(DelegateExecution execution) {
      return ProcessFakes.this.silentGroups(rounds.get(execution.getProcessInstanceId()));
    }

    public boolean extendAtDeadline(DelegateExecution execution) {
      Round round = rounds.get(execution.getProcessInstanceId());
      return RoundRules.extendsAtDeadline(routing().silenceRule(), round.extended);
    }

    public boolean consensusReached(DelegateExecution execution) {
      return lastRound().outcome == RoundOutcome.CONSENSUS;
    }

    public boolean limitReached(DelegateExecution execution) {
      return RoundRules.limitReached(lastRound().number, routing());
    }

    public String lastRuling(DelegateExecution execution) {
      return rulings.get(rulings.size() - 1).ruling().name();
    }
  }

  /** ${socRoute.chosen(execution)}. */
  public final class RouteFacts {
    public String chosen(DelegateExecution execution) {
      return route;
    }
  }

  /** ${socDecisions...}: the latest decision on the document. */
  public final class DecisionFacts {
    public String lastOutcome(DelegateExecution execution) {
      // The business key is the symbol once registered: the fake's one document is known by its id.
      List<String> decided = decisions.get(DOCUMENT);
      return decided.get(decided.size() - 1);
    }

    public boolean adopted(DelegateExecution execution) {
      return SocOutcome.valueOf(lastOutcome(execution)).adopts();
    }
  }

  /** ${silence...}: the procedure's expiry, and how the document's latest one ended. */
  public final class SilenceFacts {
    public Date expiry(DelegateExecution execution) {
      return AccordClock.date(silenceExpiries.get(execution.getProcessInstanceId()));
    }

    public String outcome(DelegateExecution execution) {
      List<String> ended = new ArrayList<>(silenceOutcomes.values());
      return ended.get(ended.size() - 1);
    }
  }

  /** ${meetingAgenda...}: the agenda's documents, and each item tied to its activity instance as it opens. */
  public final class Agenda {
    public List<Long> documentIds(DelegateExecution execution) {
      return AGENDA;
    }

    public void openItem(DelegateExecution execution) {
      agendaItems.put(execution.getActivityInstanceId(), ((Number) execution.getVariable("documentId")).longValue());
    }
  }

  // ---- the fakes ----

  private TaskListener recordingListener(String bean) {
    return task -> record(bean);
  }

  private JavaDelegate recordingDelegate(String bean) {
    return execution -> record(bean);
  }

  /** Every fake records itself here, so that failOn(bean) makes any of them refuse before it changes anything. */
  private void record(String bean) {
    if (failing.contains(bean)) {
      throw new InvalidInputException(bean + " refuses the step");
    }
    calls.add(bean);
  }

  /**
   * What Negotiation.extendDeadline does before it correlates: the SWG Chair's new deadline in the
   * round's record, by the real rules (refusals included).
   */
  void extendByChair(String roundProcess, OffsetDateTime newDeadline) {
    Round round = rounds.get(roundProcess);
    String refusal = RoundRules.extensionRefusal(round.schedule.deadline(), newDeadline, now());
    if (refusal != null) {
      throw new InvalidInputException(refusal, round.schedule.deadline());
    }
    round.schedule = RoundRules.chairExtension(newDeadline, now(), routing());
  }

  /** Deadline and reminder from the routing, on the engine clock, by the real rule. */
  private void openRound(DelegateExecution execution) {
    record("openRound");
    rounds.put(execution.getProcessInstanceId(),
        new Round(rounds.size() + 1, RoundRules.opening(now(), routing())));
  }

  /** The task's candidate group is the delegation whose position it records; the statement is checked as Accord checks it. */
  private void recordPosition(DelegateTask task) {
    String group = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(link -> link.getGroupId()).findFirst().orElseThrow();
    GivePosition position = TaskForm.command(task, GivePosition.class, form -> new GivePosition(group,
        PositionKind.parse(form.value("positionKind")), form.text("positionText"), form.text("positionAnchor")))
        .checked();
    record("recordPosition");
    rounds.get(task.getProcessInstanceId()).positions.put(group, position.kind().name());
  }

  /**
   * The item is found through its activity instance; a withdrawn item's task closes with nothing decided;
   * nothing is decided before the meeting sits; the statements go with the outcome as the register requires.
   */
  private void recordMeetingDecision(DelegateTask task) {
    long documentId = agendaItems.get(task.getExecution().getParentActivityInstanceId());
    if (withdrawnItems.contains(documentId)) {
      return;
    }
    requireSitting();
    SocOutcome outcome = SocOutcome.parse(task.getVariable("decisionOutcome"));
    List<Reservation> statements = MeetingStatements.parse((String) task.getVariable("decisionStatements"));
    outcome.attached(List.of(), statements);
    record("recordMeetingDecision");
    decided(documentId, outcome.name());
  }

  /**
   * What Meetings.requireSitting refuses, on the engine's clock: a meeting whose agenda is confirmed
   * sits from its session's start (its start time, or when the Chair opened it early).
   */
  private void requireSitting() {
    if (now().isBefore(meeting.sessionStart())) {
      throw new ConflictException("refusal.meeting.notStarted", meeting.startsAt());
    }
  }

  private static Meeting meetingStartingAt(OffsetDateTime startsAt) {
    return new Meeting(7, "Meeting of the Senior Officials Committee", startsAt, MeetingFormat.VIDEOCONFERENCE, null,
        MeetingStatus.AGENDA_CONFIRMED, null, "secretariat.officer", startsAt.minusDays(30), null, null, null);
  }

  private Round lastRound() {
    List<Round> opened = new ArrayList<>(rounds.values());
    return opened.get(opened.size() - 1);
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
