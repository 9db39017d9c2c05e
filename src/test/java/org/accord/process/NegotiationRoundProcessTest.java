package org.accord.process;

import static org.accord.process.ProcessFakes.DELEGATIONS;
import static org.accord.process.ProcessFakes.DOCUMENT_ROUTING;
import static org.accord.process.ProcessFakes.NEGOTIATION_ROUND;
import static org.accord.process.ProcessFakes.START;
import static org.accord.process.ProcessSteps.answerOpenPositions;
import static org.accord.process.ProcessSteps.assertRefusedWithForeignVariable;
import static org.accord.process.ProcessSteps.fireTimersDueBy;
import static org.accord.process.ProcessSteps.givePosition;
import static org.accord.process.ProcessSteps.justBefore;
import static org.accord.process.ProcessSteps.passDeadlineWithSilentDelegations;
import static org.accord.process.ProcessSteps.positionTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.LabelledControls;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * negotiation-round on its own, started as document-approval's call activity starts it, with the
 * routing table's rows for a concept paper (two weeks, reminder three days before, silence is no
 * objection) and an action plan (three weeks, reminder five days before, extend once). Timers run
 * on the engine clock: the tests move it and execute what is due.
 */
@Deployment(resources = {NEGOTIATION_ROUND, DOCUMENT_ROUTING})
class NegotiationRoundProcessTest {

  private static final Date DEADLINE = Date.from(START.plus(Duration.ofDays(14)));
  private static final Date REMINDER = Date.from(START.plus(Duration.ofDays(11)));
  private static final Date ACTION_PLAN_DEADLINE = Date.from(START.plus(Duration.ofDays(21)));

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  @RegisterExtension
  final ProcessFakes fakes = new ProcessFakes(engine);

  @Test
  void shouldCloseThroughSubprocessEndWhenEveryDelegationAnswersBeforeDeadline() {
    // given: an open round: one position task per delegation, for that delegation only, due at the
    // deadline; the reminder and the deadline set on the engine clock
    ProcessInstance round = startRound("CONCEPT_PAPER");
    assertThat(taskQuery().processInstanceId(round.getId()).count()).isEqualTo(DELEGATIONS.size());
    for (String group : DELEGATIONS) {
      Task task = positionTask(round, group);
      assertThat(task).hasCandidateGroup(group).hasDefinitionKey("Task_GivePosition").hasDueDate(DEADLINE);
      assertThat(taskQuery().taskId(task.getId()).taskCandidateGroup("delegation-tr").count()).isZero();
    }
    assertThat(job("BoundaryEvent_ReminderDue", round).getDuedate()).isEqualTo(REMINDER);
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(DEADLINE);

    // when: every delegation answers before the reminder, Russia with an amendment
    answerOpenPositions(round, Map.of("delegation-ru", "AMENDMENT"));

    // then: the round closes through the subprocess end and requires a revision; its timers are gone
    assertThat(round).isEnded().hasPassedInOrder("ServiceTask_OpenRound", "Task_GivePosition",
        "EndEvent_AllAnswered", "ServiceTask_CloseRound", "EndEvent_RoundClosed")
        .hasNotPassed("ServiceTask_SendReminders", "Gateway_ExtendOnce");
    assertThat(fakes.roundOutcomes).containsExactly("REVISION_REQUIRED");
    assertThat(managementService().createJobQuery().count()).isZero();
    assertThat(fakes.calls).containsExactly("openRound", "recordPosition", "recordPosition", "recordPosition",
        "closeRound");
  }

  @Test
  void shouldRenderThePositionFormForTasklistWithEveryInputNamedByItsLabel() {
    // given: an open round
    ProcessInstance round = startRound("CONCEPT_PAPER");

    // when: Camunda Tasklist asks the engine for Kazakhstan's generated position form
    String form = (String) formService().getRenderedTaskForm(positionTask(round, "delegation-kz").getId());

    // then: its kind, text and paragraph are each named by their label
    assertThat(LabelledControls.controls(form)).isEqualTo(3);
    assertThat(LabelledControls.unnamed(form)).isEmpty();
    assertThat(form).contains("<label for=\"positionKind\">", "Position of the delegation", "id=\"positionKind\"",
        "id=\"positionText\"", "id=\"positionAnchor\"");
  }

  @Test
  void shouldRemindOnlySilentDelegationsAndKeepTheirTasksWhenReminderIsDue() {
    // given: a round where Kazakhstan has answered
    ProcessInstance round = startRound("CONCEPT_PAPER");
    givePosition(round, "delegation-kz", "NO_OBJECTION");
    assertThat(fireTimersDueBy(justBefore(REMINDER), round)).isEmpty();

    // when: the reminder time comes
    List<String> fired = fireTimersDueBy(REMINDER.toInstant(), round);

    // then: the silent delegations are reminded; the timer does not interrupt: their tasks stay open
    assertThat(fired).containsExactly("BoundaryEvent_ReminderDue");
    assertThat(fakes.reminded).containsExactly(List.of("delegation-ru", "delegation-cn"));
    assertThat(round).hasPassed("ServiceTask_SendReminders", "EndEvent_Reminded").isWaitingAt("Task_GivePosition");
    assertThat(taskQuery().processInstanceId(round.getId()).count()).isEqualTo(2);
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(DEADLINE);

    // and the round still closes when the others answer
    answerOpenPositions(round, Map.of());
    assertThat(round).isEnded().hasPassed("EndEvent_AllAnswered", "EndEvent_RoundClosed");
    assertThat(fakes.roundOutcomes).containsExactly("CONSENSUS");
  }

  @Test
  void shouldTakeSilenceAsNoObjectionAtDeadlineWhenRuleSaysSo() {
    // given: a round where Kazakhstan entered a reservation and the others stay silent
    ProcessInstance round = startRound("CONCEPT_PAPER");
    givePosition(round, "delegation-kz", "RESERVATION");
    assertThat(fireTimersDueBy(justBefore(DEADLINE), round)).containsExactly("BoundaryEvent_ReminderDue");

    // when: the deadline passes
    List<String> fired = fireTimersDueBy(DEADLINE.toInstant(), round);

    // then: silence counts as no objection, the open tasks are cancelled and the round reaches consensus
    assertThat(fired).containsExactly("BoundaryEvent_DeadlineReached");
    assertThat(round).isEnded().hasPassedInOrder("BoundaryEvent_DeadlineReached", "Gateway_ExtendOnce",
        "ServiceTask_RecordSilence", "ServiceTask_CloseRound", "EndEvent_RoundClosed")
        .hasNotPassed("ServiceTask_ExtendDeadline", "EndEvent_AllAnswered");
    assertThat(taskQuery().processInstanceId(round.getId()).count()).isZero();
    assertThat(fakes.round(round.getId()).positions).containsEntry("delegation-kz", "RESERVATION")
        .containsEntry("delegation-ru", "NO_OBJECTION").containsEntry("delegation-cn", "NO_OBJECTION");
    assertThat(fakes.roundOutcomes).containsExactly("CONSENSUS");
  }

  @Test
  void shouldExtendOnceForSilentDelegationsThenTakeSilenceAsNoObjection() {
    // given: an action plan's round, under the rule EXTEND_ONCE, where Kazakhstan objected
    ProcessInstance round = startRound("ACTION_PLAN");
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(ACTION_PLAN_DEADLINE);
    givePosition(round, "delegation-kz", "OBJECTION");

    // when: the deadline passes
    passDeadlineWithSilentDelegations(round);

    // then: one more period after the old deadline, with new tasks for the silent delegations only
    Date extendedDeadline = Date.from(ACTION_PLAN_DEADLINE.toInstant().plus(Duration.ofDays(21)));
    assertThat(round).hasPassed("ServiceTask_ExtendDeadline").isWaitingAt("Task_GivePosition");
    assertThat(fakes.round(round.getId()).extended).isTrue();
    assertThat(fakes.round(round.getId()).deadline()).isEqualTo(extendedDeadline);
    assertThat(job("BoundaryEvent_ReminderDue", round).getDuedate())
        .isEqualTo(Date.from(extendedDeadline.toInstant().minus(Duration.ofDays(5))));
    assertThat(positionTask(round, "delegation-kz")).isNull();
    assertThat(positionTask(round, "delegation-ru")).hasDueDate(extendedDeadline);
    assertThat(positionTask(round, "delegation-cn")).hasDueDate(extendedDeadline);
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(extendedDeadline);

    // when: Russia answers and China stays silent past the second deadline
    givePosition(round, "delegation-ru", "NO_OBJECTION");
    passDeadlineWithSilentDelegations(round);

    // then: no second extension: China's silence is no objection, and Kazakhstan's objection requires a revision
    assertThat(round).isEnded().hasPassed("ServiceTask_RecordSilence", "EndEvent_RoundClosed");
    assertThat(fakes.count("extendDeadline")).isEqualTo(1);
    assertThat(fakes.reminded).containsExactly(List.of("delegation-ru", "delegation-cn"), List.of("delegation-cn"));
    assertThat(fakes.round(round.getId()).positions).containsEntry("delegation-cn", "NO_OBJECTION");
    assertThat(fakes.roundOutcomes).containsExactly("REVISION_REQUIRED");
  }

  @Test
  void shouldKeepPositionTaskWhenRecordingThePositionFails() {
    // given: a round waiting for Kazakhstan's position
    ProcessInstance round = startRound("CONCEPT_PAPER");
    Task task = positionTask(round, "delegation-kz");

    // when: the position comes without a kind, and the listener refuses it
    assertThatThrownBy(() -> complete(task, withVariables("positionKind", "", "positionText", "")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("kind of position is missing");

    // then: the completion rolled back, history included; the task is still open
    assertThat(positionTask(round, "delegation-kz").getId()).isEqualTo(task.getId());
    assertThat(historyService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isZero();
    assertThat(fakes.round(round.getId()).positions).isEmpty();
  }

  @Test
  void shouldRefuseAPositionThatCarriesAnotherRoundOrAShorterDeadline() {
    // given: a round waiting for Kazakhstan's position
    ProcessInstance round = startRound("CONCEPT_PAPER");
    Task task = positionTask(round, "delegation-kz");

    // when/then: the position comes with another round's id, or a deadline of ten seconds: refused, nothing moved
    assertRefusedWithForeignVariable(task, Map.of("positionKind", "NO_OBJECTION"), "roundId", 7L);
    assertRefusedWithForeignVariable(task, Map.of("positionKind", "NO_OBJECTION"), "roundDeadline", "PT10S");
    assertThat(fakes.round(round.getId()).positions).isEmpty();
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(DEADLINE);
  }

  @Test
  void shouldCloseAtTheChairsNewDeadlineNotTheOldWhenTheSwgChairExtendsIt() {
    // given: a concept paper's round five days in, where Kazakhstan has answered
    ProcessInstance round = startRound("CONCEPT_PAPER");
    givePosition(round, "delegation-kz", "NO_OBJECTION");
    assertThat(fireTimersDueBy(START.plus(Duration.ofDays(5)), round)).isEmpty();

    // when: the SWG Chair moves the deadline from day 14 to day 20 in the record, and the round hears of it
    OffsetDateTime newDeadline = START.plus(Duration.ofDays(20)).atOffset(ZoneOffset.UTC);
    fakes.extendByChair(round.getId(), newDeadline);
    runtimeService().createMessageCorrelation("DeadlineExtended").processInstanceId(round.getId()).correlate();

    // then: every delegation is told, and the silent ones' tasks and both timers follow the new deadline
    Date extended = Date.from(newDeadline.toInstant());
    assertThat(round).hasPassedInOrder("BoundaryEvent_DeadlineExtendedByChair", "ServiceTask_AnnounceExtension")
        .isWaitingAt("Task_GivePosition").hasNotPassed("ServiceTask_ExtendDeadline");
    assertThat(fakes.announced).containsExactly(newDeadline);
    assertThat(positionTask(round, "delegation-kz")).isNull();
    assertThat(positionTask(round, "delegation-ru")).hasDueDate(extended);
    assertThat(positionTask(round, "delegation-cn")).hasDueDate(extended);
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(extended);
    assertThat(job("BoundaryEvent_ReminderDue", round).getDuedate())
        .isEqualTo(Date.from(newDeadline.toInstant().minus(Duration.ofDays(3))));

    // when: the old deadline passes, nothing happens; then the new one passes with Russia and China silent
    assertThat(fireTimersDueBy(DEADLINE.toInstant(), round)).isEmpty();
    assertThat(round).isWaitingAt("Task_GivePosition");
    List<String> fired = fireTimersDueBy(newDeadline.toInstant(), round);

    // then: the round closes at the new deadline, their silence taken as no objection
    assertThat(fired).containsExactly("BoundaryEvent_ReminderDue", "BoundaryEvent_DeadlineReached");
    assertThat(round).isEnded().hasPassed("ServiceTask_RecordSilence", "EndEvent_RoundClosed");
    assertThat(fakes.reminded).containsExactly(List.of("delegation-ru", "delegation-cn"));
    assertThat(fakes.roundOutcomes).containsExactly("CONSENSUS");
  }

  @Test
  void shouldLeaveTheRoundAsItWasWhenTheChairsNewDeadlineIsRefused() {
    // given: an open round
    ProcessInstance round = startRound("CONCEPT_PAPER");

    // when: the new deadline is earlier than the current one, or already past
    assertThatThrownBy(() -> fakes.extendByChair(round.getId(),
        DEADLINE.toInstant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("later than");
    assertThatThrownBy(() -> fakes.extendByChair(round.getId(), START.minusSeconds(60).atOffset(ZoneOffset.UTC)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");

    // then: the timers and tasks keep the old deadline; nothing was announced
    assertThat(job("BoundaryEvent_DeadlineReached", round).getDuedate()).isEqualTo(DEADLINE);
    assertThat(positionTask(round, "delegation-kz")).hasDueDate(DEADLINE);
    assertThat(fakes.announced).isEmpty();
  }

  /** As CallActivity_NegotiationRound starts it: the document's business key, nothing else. */
  private ProcessInstance startRound(String documentType) {
    fakes.document(documentType);
    return runtimeService().startProcessInstanceByKey("negotiation-round", "42");
  }
}
