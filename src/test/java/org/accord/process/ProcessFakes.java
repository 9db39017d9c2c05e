package org.accord.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.decision.SocOutcome;
import org.accord.decision.SocRoute;
import org.accord.document.DocumentStatus;
import org.accord.negotiation.ChairRuling;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.SilenceRule;
import org.accord.silence.SilenceService;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stand-ins for every bean the processes name. The real beans call Accord's services and tables;
 * each fake records that it ran, validates its input with the real enums (so a bad completion rolls
 * back as it would in Accord) and sets the routing facts the real bean sets, so that the tests
 * exercise the BPMN and the DMN alone.
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
  /** The documents on every meeting's agenda: what meetingAgenda.documentIds(meetingId) returns. */
  static final List<Long> AGENDA = List.of(11L, 12L, 13L);
  /** Every test starts at the same engine time, so that timer dates can be asserted exactly. */
  static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

  record Delivery(long meetingId, long documentId, String socDecision) {}

  private final ProcessEngineCoverageExtension engine;

  /** Bean names in the order the engine called them. */
  final List<String> calls = new ArrayList<>();
  /** The statuses documentStatus.mark(...) was asked to set, in order. */
  final List<String> statuses = new ArrayList<>();
  /** Per round id: the position of each delegation that answered, by group, in the order given. */
  final Map<Long, Map<String, String>> positions = new HashMap<>();
  /** The silent groups each sendReminders call reminded. */
  final List<List<String>> reminded = new ArrayList<>();
  final List<String> roundOutcomes = new ArrayList<>();
  /** The decision recordMeetingDecision recorded, per document id. */
  final Map<Long, String> meetingDecisions = new LinkedHashMap<>();
  final List<Delivery> deliveries = new ArrayList<>();

  private final Set<String> failing = new HashSet<>();
  private final Map<Long, Integer> roundsOfDocument = new HashMap<>();
  private long lastRoundId;

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
    registerSilenceFakes();
    registerMeetingFakes();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mocks.reset();
    BpmnAwareTests.reset();
    ClockUtil.reset();
  }

  /** From now on the named bean refuses, as the real one does with invalid input. */
  void failOn(String bean) {
    failing.add(bean);
  }

  long count(String bean) {
    return calls.stream().filter(bean::equals).count();
  }

  /** The groups that have given no position yet in the round: the real consensus tracker's rule. */
  List<String> silentGroups(long roundId) {
    Map<String, String> answered = positions.getOrDefault(roundId, Map.of());
    return DELEGATIONS.stream().filter(group -> !answered.containsKey(group)).toList();
  }

  // ---- registration, one group of beans per process ----

  private void registerDocumentFakes() {
    Mocks.register("documentStatus", new StatusMarker());
    Mocks.register("recordDraft", recordingListener("recordDraft"));
    Mocks.register("checkSubmission", recordingDelegate("checkSubmission"));
    Mocks.register("registerDocument", recordingListener("registerDocument"));
    Mocks.register("recordRevision", recordingListener("recordRevision"));
    Mocks.register("confirmConsensus", recordingListener("confirmConsensus"));
    Mocks.register("recordChairRuling", (TaskListener) this::recordChairRuling);
    Mocks.register("withdrawByRuling", recordingDelegate("withdrawByRuling"));
    Mocks.register("chooseSocRoute", (TaskListener) this::chooseSocRoute);
    Mocks.register("freezeAdoptedVersion", recordingDelegate("freezeAdoptedVersion"));
    Mocks.register("recordWithdrawal", (JavaDelegate) this::recordWithdrawal);
  }

  private void registerRoundFakes() {
    Mocks.register("roundParticipants", new Participants());
    Mocks.register("openRound", (JavaDelegate) this::openRound);
    Mocks.register("recordPosition", (TaskListener) this::recordPosition);
    Mocks.register("sendReminders", (JavaDelegate) this::sendReminders);
    Mocks.register("extendDeadline", (JavaDelegate) this::extendDeadline);
    Mocks.register("recordSilence", (JavaDelegate) this::recordSilence);
    Mocks.register("closeRound", (JavaDelegate) this::closeRound);
  }

  private void registerSilenceFakes() {
    Mocks.register("startSilence", (TaskListener) this::startSilence);
    Mocks.register("adoptBySilence", (JavaDelegate) this::adoptBySilence);
    Mocks.register("announceSilenceBreak", recordingDelegate("announceSilenceBreak"));
    Mocks.register("recordSilenceChoice", (TaskListener) this::recordSilenceChoice);
  }

  private void registerMeetingFakes() {
    Mocks.register("meetingAgenda", new Agenda());
    Mocks.register("confirmAgenda", recordingListener("confirmAgenda"));
    Mocks.register("recordMeetingDecision", (TaskListener) this::recordMeetingDecision);
    Mocks.register("deliverMeetingDecision", (JavaDelegate) this::deliverMeetingDecision);
    Mocks.register("closeMeeting", recordingListener("closeMeeting"));
    Mocks.register("produceSummaryRecord", recordingDelegate("produceSummaryRecord"));
  }

  // ---- expression beans: the expression language calls them by reflection, hence public ----

  /** ${documentStatus.mark(execution, 'X')}: X must be a real DocumentStatus. */
  public final class StatusMarker {
    public void mark(DelegateExecution execution, String status) {
      statuses.add(DocumentStatus.valueOf(status).name());
    }
  }

  /** ${roundParticipants.silentGroups(roundId)}: the collection of the position tasks. */
  public final class Participants {
    public List<String> silentGroups(long roundId) {
      return ProcessFakes.this.silentGroups(roundId);
    }
  }

  /** ${meetingAgenda.documentIds(meetingId)}: the collection of the agenda items. */
  public final class Agenda {
    public List<Long> documentIds(long meetingId) {
      return AGENDA;
    }
  }

  // ---- the fakes ----

  private TaskListener recordingListener(String bean) {
    return task -> record(bean);
  }

  private JavaDelegate recordingDelegate(String bean) {
    return execution -> record(bean);
  }

  /** Every fake starts here, so that failOn(bean) makes any of them refuse before it changes anything. */
  private void record(String bean) {
    if (failing.contains(bean)) {
      throw new InvalidInputException(bean + " refuses the step");
    }
    calls.add(bean);
  }

  private void recordChairRuling(DelegateTask task) {
    record("recordChairRuling");
    ChairRuling.Ruling ruling = ChairRuling.Ruling.valueOf(String.valueOf(task.getVariable("furtherRounds")));
    task.getExecution().getProcessInstance().setVariable("furtherRounds", ruling.name());
  }

  /** Like the real register: silence only where the routing table allows it. */
  private void chooseSocRoute(DelegateTask task) {
    record("chooseSocRoute");
    SocRoute route = SocRoute.valueOf(String.valueOf(task.getVariable("socRoute")));
    if (route == SocRoute.SILENCE && !Boolean.TRUE.equals(task.getVariable("silenceProcedureAllowed"))) {
      throw new InvalidInputException("This type of document may not be adopted by silence.");
    }
    task.getExecution().getProcessInstance().setVariable("socRoute", route.name());
  }

  private void recordWithdrawal(DelegateExecution execution) {
    record("recordWithdrawal");
    requireVariable(execution, "withdrawalReason");
    requireVariable(execution, "withdrawnBy");
  }

  /** Deadline and reminder from the routing table's durations, on the engine clock, as the real service does. */
  private void openRound(DelegateExecution execution) {
    record("openRound");
    long documentId = documentId(execution);
    Instant deadline = now().plus(duration(execution, "roundDeadline"));
    lastRoundId++;
    execution.setVariable("roundId", lastRoundId);
    execution.setVariable("roundNumber", roundsOfDocument.merge(documentId, 1, Integer::sum));
    execution.setVariable("deadlineAt", Date.from(deadline));
    execution.setVariable("reminderAt", reminderBefore(deadline, execution));
    execution.setVariable("roundExtended", false);
    // the gateway at the deadline knows only these names: another would leave it without a way out
    SilenceRule.valueOf(requireVariable(execution, "silenceRule").toString());
  }

  private void recordPosition(DelegateTask task) {
    PositionKind kind = PositionKind.parse(task.getVariable("positionKind"));
    record("recordPosition");
    positions.computeIfAbsent(roundId(task), id -> new LinkedHashMap<>())
        .put((String) task.getVariable("delegationGroup"), kind.name());
  }

  private void sendReminders(DelegateExecution execution) {
    record("sendReminders");
    reminded.add(silentGroups(roundId(execution)));
  }

  /** One more period after the old deadline, as the real service does. */
  private void extendDeadline(DelegateExecution execution) {
    record("extendDeadline");
    Instant deadline = ((Date) execution.getVariable("deadlineAt")).toInstant().plus(duration(execution, "roundDeadline"));
    execution.setVariable("deadlineAt", Date.from(deadline));
    execution.setVariable("reminderAt", reminderBefore(deadline, execution));
    execution.setVariable("roundExtended", true);
  }

  /** The delegations still silent are taken to have no objection. */
  private void recordSilence(DelegateExecution execution) {
    record("recordSilence");
    long roundId = roundId(execution);
    for (String group : silentGroups(roundId)) {
      positions.computeIfAbsent(roundId, id -> new LinkedHashMap<>()).put(group, PositionKind.NO_OBJECTION.name());
    }
  }

  /** The consensus rule: any amendment or objection requires a revision. */
  private void closeRound(DelegateExecution execution) {
    record("closeRound");
    boolean blocked = positions.getOrDefault(roundId(execution), Map.of()).values().stream()
        .anyMatch(kind -> PositionKind.valueOf(kind).blocksConsensus());
    String outcome = blocked ? "REVISION_REQUIRED" : "CONSENSUS";
    roundOutcomes.add(outcome);
    execution.setVariable("roundOutcome", outcome);
  }

  private void startSilence(DelegateTask task) {
    record("startSilence");
    if (!(task.getVariable("silenceExpiresAt") instanceof Date expiry) || !expiry.toInstant().isAfter(now())) {
      throw new InvalidInputException("Give the silence procedure an expiry time in the future.");
    }
    task.getExecution().getProcessInstance().setVariable("silenceProcedureId", 501L);
    task.getExecution().getProcessInstance().setVariable("silenceExpiry", expiry);
  }

  private void adoptBySilence(DelegateExecution execution) {
    record("adoptBySilence");
    execution.setVariable("silenceOutcome", "ADOPTED");
  }

  private void recordSilenceChoice(DelegateTask task) {
    record("recordSilenceChoice");
    SilenceService.ChairChoice choice = SilenceService.ChairChoice.valueOf(String.valueOf(task.getVariable("chairChoice")));
    task.getExecution().getProcessInstance().setVariable("silenceOutcome", choice.name());
  }

  private void recordMeetingDecision(DelegateTask task) {
    SocOutcome outcome = SocOutcome.parse(task.getVariable("decisionOutcome"));
    record("recordMeetingDecision");
    longOf(task, "meetingId");
    meetingDecisions.put(documentId(task), outcome.name());
  }

  /** The real bean correlates SocMeetingDecision to the document's process; here the delivery is only recorded. */
  private void deliverMeetingDecision(DelegateExecution execution) {
    record("deliverMeetingDecision");
    long documentId = documentId(execution);
    deliveries.add(new Delivery(longOf(execution, "meetingId"), documentId,
        meetingDecisions.get(documentId)));
  }

  // ---- reading variables as the real beans do ----

  private static Object requireVariable(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("The process variable " + name + " is missing");
    }
    return value;
  }

  private static long longOf(VariableScope scope, String name) {
    return ((Number) requireVariable(scope, name)).longValue();
  }

  private static long roundId(VariableScope scope) {
    return longOf(scope, "roundId");
  }

  private static long documentId(VariableScope scope) {
    return longOf(scope, "documentId");
  }

  private static Duration duration(VariableScope scope, String name) {
    return Duration.parse((String) requireVariable(scope, name));
  }

  /** The reminder goes out its lead time before the deadline, or at once when that is already past. */
  private static Date reminderBefore(Instant deadline, VariableScope scope) {
    Instant reminder = deadline.minus(duration(scope, "reminderLead"));
    return Date.from(reminder.isBefore(now()) ? now() : reminder);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
