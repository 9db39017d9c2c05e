package org.accord.process;

import static org.accord.process.ProcessFakes.AGENDA;
import static org.accord.process.ProcessFakes.SOC_MEETING;
import static org.accord.process.ProcessFakes.START;
import static org.accord.process.ProcessSteps.assertRefusedWithForeignVariable;
import static org.accord.process.ProcessSteps.completeUserTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.process.ProcessFakes.Delivery;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * soc-meeting on its own, started as Meetings convenes a meeting; the agenda holds documents 11, 12 and
 * 13. The meeting sits from its start time on the engine's clock.
 */
@Deployment(resources = SOC_MEETING)
class SocMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  @RegisterExtension
  final ProcessFakes fakes = new ProcessFakes(engine);

  @Test
  void shouldDecideEveryAgendaItemAndProduceSummaryRecordWhenMeetingCloses() {
    // given: a meeting whose agenda the Secretariat confirmed
    ProcessInstance meeting = meetingWithAgenda();

    // then: one decision task per agenda item, for the SOC Chair, each tied to its own item as it opened
    List<Task> items = agendaItems(meeting);
    assertThat(items).hasSize(AGENDA.size()).allSatisfy(item -> assertThat(item).hasCandidateGroup("soc-chair"));
    assertThat(fakes.agendaItems.values()).containsExactlyInAnyOrderElementsOf(AGENDA);
    assertThat(meeting).variables().doesNotContainKey("documentId");

    // when: the SOC Chair decides each item; statements for the record go with the approval only
    Map<Long, String> decisions = Map.of(11L, "APPROVED", 12L, "RETURNED_TO_SWG", 13L, "DEFERRED");
    for (Task item : items) {
      long document = documentOf(item);
      complete(item, withVariables("decisionOutcome", decisions.get(document), "decisionStatements",
          document == 11L ? "KZ: statement for the record" : "", "decisionNote", ""));
    }

    // then: each decision is delivered once, to its own document; then the Chair closes the meeting
    assertThat(fakes.deliveries).containsExactlyInAnyOrder(new Delivery(11L, "APPROVED"),
        new Delivery(12L, "RETURNED_TO_SWG"), new Delivery(13L, "DEFERRED"));
    completeUserTask(meeting, "Task_CloseMeeting", "soc-chair", withVariables("attendance", "KZ, RU, CN"));
    assertThat(meeting).isEnded().hasPassedInOrder("Task_BuildAgenda", "SubProcess_AgendaItem", "Task_CloseMeeting",
        "ServiceTask_ProduceSummaryRecord", "EndEvent_MeetingClosed");
    assertThat(fakes.count("deliverMeetingDecision")).isEqualTo(3);
    assertThat(fakes.calls).endsWith("closeMeeting", "produceSummaryRecord");
  }

  @Test
  void shouldRefuseStatementsWithADecisionThatIsNoApproval() {
    // given: a meeting in session
    ProcessInstance meeting = meetingWithAgenda();
    Task item = agendaItems(meeting).get(0);

    // when: the Chair defers an item and types a statement for the record with it
    assertThatThrownBy(() -> complete(item, withVariables("decisionOutcome", "DEFERRED",
        "decisionStatements", "KZ: statement for the record")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("attached to an approval");

    // then: nothing is decided or delivered; the item still waits
    assertThat(fakes.decisions).isEmpty();
    assertThat(taskQuery().taskId(item.getId()).count()).isEqualTo(1);
  }

  @Test
  void shouldKeepCloseTaskWhenClosingTheMeetingFails() {
    // given: a meeting whose items are all decided
    ProcessInstance meeting = meetingWithAgenda();
    for (Task item : agendaItems(meeting)) {
      complete(item, withVariables("decisionOutcome", "APPROVED"));
    }
    String closeTaskId = task(meeting).getId();
    fakes.failOn("closeMeeting");

    // when: the Chair closes it, and the listener refuses (no attendance on the record)
    assertThatThrownBy(() -> complete(task(meeting), withVariables("attendance", "")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("closeMeeting refuses");

    // then: the completion rolled back: the same task waits, no summary record was produced
    assertThat(meeting).isWaitingAt("Task_CloseMeeting").hasNotPassed("ServiceTask_ProduceSummaryRecord");
    assertThat(task(meeting).getId()).isEqualTo(closeTaskId);
    assertThat(fakes.calls).doesNotContain("produceSummaryRecord");
  }

  @Test
  void shouldRefuseACompletionOfAMeetingsTaskThatCarriesAnythingElse() {
    // given: a meeting convened, its agenda to build
    ProcessInstance meeting = runtimeService().startProcessInstanceByKey("soc-meeting", "meeting-7");

    // when/then: the agenda confirmed with the id of another meeting is refused
    assertRefusedWithForeignVariable(task("Task_BuildAgenda", meeting), Map.of("agendaDocumentIds", "11"),
        "meetingId", 8L);
    assertThat(meeting).isWaitingAt("Task_BuildAgenda");

    // and an item's decision that names another document is refused, as is a close that names its own items
    completeUserTask(meeting, "Task_BuildAgenda", "secretariat", withVariables("agendaDocumentIds", "11, 12, 13"));
    Task item = agendaItems(meeting).get(0);
    assertRefusedWithForeignVariable(item, Map.of("decisionOutcome", "APPROVED"), "documentId", 99L);
    assertThat(documentOf(item)).isIn(AGENDA);
    for (Task each : agendaItems(meeting)) {
      complete(each, withVariables("decisionOutcome", "APPROVED"));
    }
    assertRefusedWithForeignVariable(task("Task_CloseMeeting", meeting), Map.of("attendance", "KZ"),
        "nrOfCompletedInstances", 0);
    assertThat(fakes.calls).doesNotContain("closeMeeting");
  }

  @Test
  void shouldDecideNothingBeforeTheMeetingStartsAndDecideOnceTheEngineClockReachesIt() {
    // given: a meeting that starts at 10:00 UTC, its agenda confirmed an hour before
    OffsetDateTime starts = START.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC);
    fakes.meetingStarts(starts);
    ProcessInstance meeting = meetingWithAgenda();
    Task item = agendaItems(meeting).get(0);
    long document = documentOf(item);

    // when: at 09:59 the SOC Chair completes an item's task through the engine, as Camunda Tasklist does
    ClockUtil.setCurrentTime(Date.from(starts.minusMinutes(1).toInstant()));
    assertThatThrownBy(() -> complete(item, withVariables("decisionOutcome", "APPROVED")))
        .hasRootCauseInstanceOf(ConflictException.class).hasMessageContaining("has not started");

    // then: the completion rolled back; nothing is decided or delivered, and the item still waits
    assertThat(fakes.decisions).isEmpty();
    assertThat(fakes.deliveries).isEmpty();
    assertThat(taskQuery().taskId(item.getId()).count()).isEqualTo(1);

    // when: the engine's clock reaches the start and the Chair completes the same task again
    ClockUtil.setCurrentTime(Date.from(starts.toInstant()));
    complete(item, withVariables("decisionOutcome", "APPROVED"));

    // then: the decision is recorded and delivered to its document; the other items still wait
    assertThat(fakes.deliveries).containsExactly(new Delivery(document, "APPROVED"));
    assertThat(agendaItems(meeting)).hasSize(AGENDA.size() - 1);
  }

  @Test
  void shouldNotCloseTheMeetingThroughTheEngineBeforeItStarts() {
    // given: a meeting that starts at 10:00 UTC, whose documents were all withdrawn from the confirmed
    // agenda: Accord closed their tasks without a decision, and the meeting waits to be closed
    OffsetDateTime starts = START.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC);
    fakes.meetingStarts(starts);
    ProcessInstance meeting = meetingWithAgenda();
    AGENDA.forEach(fakes::withdrawFromAgenda);
    agendaItems(meeting).forEach(item -> taskService().complete(item.getId()));
    assertThat(meeting).isWaitingAt("Task_CloseMeeting");
    assertThat(fakes.decisions).isEmpty();

    // when: at 09:30 the SOC Chair closes it through the engine, as Camunda Tasklist does
    ClockUtil.setCurrentTime(Date.from(starts.minusMinutes(30).toInstant()));
    assertThatThrownBy(() -> complete(task(meeting), withVariables("attendance", "KZ, RU")))
        .hasRootCauseInstanceOf(ConflictException.class).hasMessageContaining("has not started");

    // then: the meeting stays open, without a summary record
    assertThat(meeting).isWaitingAt("Task_CloseMeeting").hasNotPassed("ServiceTask_ProduceSummaryRecord");
    assertThat(fakes.calls).doesNotContain("closeMeeting", "produceSummaryRecord");

    // when: the engine's clock reaches the start
    ClockUtil.setCurrentTime(Date.from(starts.toInstant()));
    complete(task(meeting), withVariables("attendance", "KZ, RU"));

    // then: it closes, and its summary record is produced
    assertThat(meeting).isEnded().hasPassed("ServiceTask_ProduceSummaryRecord");
    assertThat(fakes.calls).endsWith("closeMeeting", "produceSummaryRecord");
  }

  private static ProcessInstance meetingWithAgenda() {
    ProcessInstance meeting = runtimeService().startProcessInstanceByKey("soc-meeting", "meeting-7");
    completeUserTask(meeting, "Task_BuildAgenda", "secretariat", withVariables("agendaDocumentIds", "11, 12, 13"));
    assertThat(meeting).isWaitingAt("Task_DecideItem");
    return meeting;
  }

  private static List<Task> agendaItems(ProcessInstance meeting) {
    return taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey("Task_DecideItem").list();
  }

  /** The item's own document: the multi-instance element variable the engine set for the item. */
  private static long documentOf(Task item) {
    return (Long) taskService().getVariable(item.getId(), "documentId");
  }
}
