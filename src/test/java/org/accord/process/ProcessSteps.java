package org.accord.process;

import static org.accord.process.ProcessFakes.DELEGATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.system.RefusedInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** The steps several process tests take alike: user tasks, positions in a round, the engine clock, the silence procedure. */
final class ProcessSteps {

  private ProcessSteps() {}

  /** The instance waits at the user task, which is offered to the group; a member of it completes the task. */
  static void completeUserTask(ProcessInstance instance, String taskKey, String candidateGroup,
      Map<String, Object> variables) {
    assertThat(instance).isWaitingAt(taskKey);
    assertThat(task(taskKey, instance)).hasCandidateGroup(candidateGroup);
    complete(task(taskKey, instance), variables);
  }

  /**
   * A completion that carries anything but the task's own form fields is refused, through the task
   * service and the form service (Camunda Tasklist's path) alike, before anything changes: the task
   * stays open, the instance where it was.
   */
  static void assertRefusedWithForeignVariable(Task task, Map<String, Object> formFields, String foreign, Object value) {
    Map<String, Object> sent = new HashMap<>(formFields);
    sent.put(foreign, value);
    assertThatThrownBy(() -> taskService().complete(task.getId(), sent))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("refused: [" + foreign + "]");
    assertThatThrownBy(() -> formService().submitTaskForm(task.getId(), sent))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("refused: [" + foreign + "]");
    assertThatThrownBy(() -> taskService().setVariable(task.getId(), foreign, value))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("refused: [" + foreign + "]");
    assertThat(taskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtimeService().getVariable(task.getProcessInstanceId(), foreign)).isNull();
  }

  // ---- a negotiation round ----

  /** The open position task of one delegation in a round, or null once it has answered. */
  static Task positionTask(ProcessInstance round, String delegationGroup) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_GivePosition")
        .taskCandidateGroup(delegationGroup).singleResult();
  }

  static void givePosition(ProcessInstance round, String delegationGroup, String kind) {
    complete(positionTask(round, delegationGroup),
        withVariables("positionKind", kind, "positionText", kind + " of " + delegationGroup));
  }

  /** Every delegation still asked answers: with the kind named for it, else no objection. */
  static void answerOpenPositions(ProcessInstance round, Map<String, String> kindByGroup) {
    for (String group : DELEGATIONS) {
      if (positionTask(round, group) != null) {
        givePosition(round, group, kindByGroup.getOrDefault(group, "NO_OBJECTION"));
      }
    }
  }

  // ---- time ----

  /**
   * Moves the engine clock to the moment and executes, earliest first, the timers of the instance
   * that are due by then, as the job executor would. Returns the timer events that fired.
   */
  static List<String> fireTimersDueBy(Instant moment, ProcessInstance instance) {
    ClockUtil.setCurrentTime(Date.from(moment));
    List<String> fired = new ArrayList<>();
    for (Job timer = nextDueTimer(instance); timer != null; timer = nextDueTimer(instance)) {
      fired.add(managementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
          .singleResult().getActivityId());
      managementService().executeJob(timer.getId());
    }
    return fired;
  }

  /**
   * The round's current deadline passes with delegations still silent: their reminder goes out,
   * then the deadline fires.
   */
  static void passDeadlineWithSilentDelegations(ProcessInstance round) {
    assertThat(fireTimersDueBy(job("BoundaryEvent_DeadlineReached", round).getDuedate().toInstant(), round))
        .containsExactly("BoundaryEvent_ReminderDue", "BoundaryEvent_DeadlineReached");
  }

  /** Just before a moment: a timer set for it must not fire yet. */
  static Instant justBefore(Date moment) {
    return moment.toInstant().minus(Duration.ofSeconds(1));
  }

  private static Job nextDueTimer(ProcessInstance instance) {
    List<Job> due = managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable()
        .orderByJobDuedate().asc().listPage(0, 1);
    return due.isEmpty() ? null : due.get(0);
  }

  // ---- the silence procedure ----

  /** The SOC Chair circulates the text with the exact expiry time. */
  static void circulateUnderSilence(ProcessInstance silence, Instant expiresAt) {
    completeUserTask(silence, "Task_CirculateUnderSilence", "soc-chair",
        withVariables("silenceExpiresAt", Date.from(expiresAt), "silenceNote", "Under silence"));
    // an event-based gateway is where the instance waits, for whichever of its events comes first
    assertThat(silence).isWaitingAt("Gateway_SilenceKept");
  }

  /**
   * A delegation breaks silence before expiry (SilenceService correlates by the document's business
   * key), then the SOC Chair chooses where the text goes.
   */
  static void breakSilenceAndChoose(ProcessInstance silence, String chairChoice) {
    runtimeService().createMessageCorrelation("SilenceBroken").processInstanceBusinessKey(silence.getBusinessKey())
        .correlate();
    completeUserTask(silence, "Task_ChooseAfterBreak", "soc-chair", withVariables("chairChoice", chairChoice));
  }

  // ---- instances ----

  /** The instance a call activity of the parent is waiting on. */
  static ProcessInstance calledInstance(ProcessInstance parent) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
  }


  /** How an instance ended: COMPLETED, or INTERNALLY_TERMINATED when its parent cancelled it. */
  static String endState(ProcessInstance instance) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState();
  }
}
