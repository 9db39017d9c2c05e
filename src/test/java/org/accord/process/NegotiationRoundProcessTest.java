package org.accord.process;

import static org.accord.process.ProcessFakes.DELEGATIONS;
import static org.accord.process.ProcessFakes.givePositions;
import static org.accord.process.ProcessFakes.historicVariable;
import static org.accord.process.ProcessFakes.positionTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** negotiation-round on its own, started as the call activity starts it. */
@Deployment(resources = ProcessFakes.NEGOTIATION_ROUND)
class NegotiationRoundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  ProcessFakes fakes;

  @BeforeEach
  void installFakes() {
    fakes = ProcessFakes.install(engine.getProcessEngine());
  }

  @AfterEach
  void uninstallFakes() {
    ProcessFakes.uninstall();
  }

  @Test
  void shouldAskEveryDelegationForOnePositionAndRequireRevisionWhenOneAmends() {
    // given / when: a round opens on document 42
    ProcessInstance round = startRound();

    // then: one position task per delegation, each for that delegation's group only
    assertThat(round).isWaitingAt("Task_GivePosition");
    assertThat(taskQuery().processInstanceId(round.getId()).count()).isEqualTo(DELEGATIONS.size());
    for (String group : DELEGATIONS) {
      Task task = positionTask(round, group);
      assertThat(task).hasCandidateGroup(group).hasDefinitionKey("Task_GivePosition");
      assertThat(taskQuery().taskId(task.getId()).taskCandidateGroup("delegation-tr").count()).isZero();
    }

    // when: every delegation answers, Russia with an amendment
    givePositions(round, Map.of("delegation-ru", "AMENDMENT"));

    // then: the round is closed and says a revision is required
    assertThat(round).isEnded().hasPassedInOrder("ServiceTask_OpenRound", "Task_GivePosition",
        "ServiceTask_CloseRound", "EndEvent_RoundClosed");
    assertThat(historicVariable(round, "roundOutcome")).isEqualTo("REVISION_REQUIRED");
    assertThat(fakes.positions).extracting(ProcessFakes.Position::delegationGroup)
        .containsExactlyInAnyOrderElementsOf(DELEGATIONS);
    assertThat(fakes.calls).containsSubsequence("openRound", "recordPosition", "closeRound");
  }

  @Test
  void shouldReachConsensusWhenDelegationsEnterOnlyReservations() {
    // given: a round opened on document 42
    ProcessInstance round = startRound();

    // when: every delegation enters a reservation
    givePositions(round, Map.of("delegation-kz", "RESERVATION", "delegation-ru", "RESERVATION",
        "delegation-cn", "RESERVATION"));

    // then: reservations do not block consensus
    assertThat(round).isEnded().hasPassed("EndEvent_RoundClosed");
    assertThat(historicVariable(round, "roundOutcome")).isEqualTo("CONSENSUS");
    assertThat(fakes.roundOutcomes).containsExactly("CONSENSUS");
  }

  @Test
  void shouldKeepPositionTaskWhenRecordingThePositionFails() {
    // given: a round waiting for Kazakhstan's position
    ProcessInstance round = startRound();
    Task task = positionTask(round, "delegation-kz");

    // when: the position comes without a kind, and the listener rejects it
    assertThatThrownBy(() -> complete(task, withVariables("positionKind", "", "positionText", "")))
        .hasMessageContaining("is not a kind of position");

    // then: the completion rolled back, history included; the task is still open
    assertThat(positionTask(round, "delegation-kz").getId()).isEqualTo(task.getId());
    assertThat(taskQuery().processInstanceId(round.getId()).count()).isEqualTo(DELEGATIONS.size());
    assertThat(historyService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isZero();
    assertThat(fakes.positions).isEmpty();

    // and a valid position on the same task is accepted afterwards
    complete(task, withVariables("positionKind", "NO_OBJECTION"));
    assertThat(fakes.positions).extracting(ProcessFakes.Position::delegationGroup).containsExactly("delegation-kz");
  }

  private static ProcessInstance startRound() {
    return runtimeService().startProcessInstanceByKey("negotiation-round", "42", withVariables("documentId", 42L));
  }
}
