package org.accord.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Stand-ins for the delegate beans the two processes name. The real beans call Accord's services
 * and tables; here each fake records that it ran and sets the routing facts the real one sets,
 * so the tests exercise the BPMN alone.
 */
final class ProcessFakes {

  static final String DOCUMENT_APPROVAL = "bpmn/document-approval.bpmn";
  static final String NEGOTIATION_ROUND = "bpmn/negotiation-round.bpmn";
  static final List<String> DELEGATIONS = List.of("delegation-kz", "delegation-ru", "delegation-cn");

  private static final Set<String> POSITION_KINDS = Set.of("NO_OBJECTION", "AMENDMENT", "OBJECTION", "RESERVATION");
  private static final Set<String> BLOCKING_KINDS = Set.of("AMENDMENT", "OBJECTION");
  private static final Set<String> SOC_OUTCOMES = Set.of("APPROVED", "RETURNED_TO_SWG");

  record Position(long roundId, String delegationGroup, String kind) {}

  /** Bean names in the order the engine called them. */
  final List<String> calls = new ArrayList<>();
  final List<Position> positions = new ArrayList<>();
  final List<String> roundOutcomes = new ArrayList<>();
  final List<String> socDecisions = new ArrayList<>();
  private long lastRoundId;

  /** The expression language finds groups() by reflection: class and method must be public. */
  public static final class Participants {
    public List<String> groups() {
      return DELEGATIONS;
    }
  }

  /**
   * The engine of camunda-process-test.cfg.xml, with coverage written to
   * target/process-test-coverage/. The file is not named camunda.cfg.xml on purpose: Camunda's
   * REST API would otherwise build that engine inside the Spring Boot tests too. A test
   * class must cover at least 90% of its processes; running a single method needs
   * -Dprocess-coverage.at-least=0, or the class check fails.
   */
  static ProcessEngineCoverageExtension coverageExtension() {
    return ProcessEngineCoverageExtension.builder()
        .configurationResource("camunda-process-test.cfg.xml")
        .assertClassCoverageAtLeast(Double.parseDouble(System.getProperty("process-coverage.at-least", "0.9")))
        .build();
  }

  /** Binds camunda-bpm-assert to this engine (not whichever one ProcessEngines holds) and registers the fakes. */
  static ProcessFakes install(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    ProcessFakes fakes = new ProcessFakes();
    Mocks.register("roundParticipants", new Participants());
    Mocks.register("openRound", (JavaDelegate) fakes::openRound);
    Mocks.register("recordPosition", (TaskListener) fakes::recordPosition);
    Mocks.register("closeRound", (JavaDelegate) fakes::closeRound);
    Mocks.register("recordDraft", fakes.recorder("recordDraft"));
    Mocks.register("registerDocument", fakes.recorder("registerDocument"));
    Mocks.register("recordRevision", fakes.recorder("recordRevision"));
    Mocks.register("confirmConsensus", fakes.recorder("confirmConsensus"));
    Mocks.register("recordSocDecision", (TaskListener) fakes::recordSocDecision);
    Mocks.register("freezeAdoptedVersion", (JavaDelegate) execution -> fakes.calls.add("freezeAdoptedVersion"));
    return fakes;
  }

  /** Mocks and camunda-bpm-assert keep their state per thread: leave none for the next test. */
  static void uninstall() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  long count(String bean) {
    return calls.stream().filter(bean::equals).count();
  }

  // ---- the fakes ----

  private TaskListener recorder(String bean) {
    return task -> calls.add(bean);
  }

  private void openRound(DelegateExecution execution) {
    calls.add("openRound");
    lastRoundId++;
    execution.setVariable("roundId", lastRoundId);
    execution.setVariable("roundNumber", (int) lastRoundId);
  }

  /** Validates like the real listener, so that a rejected position can be shown to roll back. */
  private void recordPosition(DelegateTask task) {
    Object kind = task.getVariable("positionKind");
    if (kind == null || !POSITION_KINDS.contains(kind.toString())) {
      throw new InvalidInputException("'" + kind + "' is not a kind of position.");
    }
    calls.add("recordPosition");
    positions.add(new Position(((Number) task.getVariable("roundId")).longValue(),
        (String) task.getVariable("delegationGroup"), kind.toString()));
  }

  private void closeRound(DelegateExecution execution) {
    calls.add("closeRound");
    long roundId = ((Number) execution.getVariable("roundId")).longValue();
    boolean blocked = positions.stream()
        .anyMatch(position -> position.roundId() == roundId && BLOCKING_KINDS.contains(position.kind()));
    String outcome = blocked ? "REVISION_REQUIRED" : "CONSENSUS";
    roundOutcomes.add(outcome);
    execution.setVariable("roundOutcome", outcome);
  }

  private void recordSocDecision(DelegateTask task) {
    Object outcome = task.getVariable("decisionOutcome");
    if (outcome == null || !SOC_OUTCOMES.contains(outcome.toString())) {
      throw new InvalidInputException("'" + outcome + "' is not an SOC decision.");
    }
    calls.add("recordSocDecision");
    socDecisions.add(outcome.toString());
    task.getExecution().getProcessInstance().setVariable("socDecision", outcome.toString());
  }

  // ---- working a round ----

  /** The open position task of one delegation in a round. */
  static Task positionTask(ProcessInstance round, String delegationGroup) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_GivePosition")
        .taskCandidateGroup(delegationGroup).singleResult();
  }

  /** Every delegation gives its position: the one named in kinds, else no objection. */
  static void givePositions(ProcessInstance round, Map<String, String> kinds) {
    for (String group : DELEGATIONS) {
      String kind = kinds.getOrDefault(group, "NO_OBJECTION");
      complete(positionTask(round, group), withVariables("positionKind", kind, "positionText", "Position of " + group));
    }
  }

  /** A variable as the history holds it: works on ended instances too. */
  static Object historicVariable(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }
}
