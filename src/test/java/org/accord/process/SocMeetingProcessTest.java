package org.accord.process;

import static org.accord.process.ProcessFakes.AGENDA;
import static org.accord.process.ProcessFakes.SOC_MEETING;
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

import java.util.List;
import java.util.Map;
import org.accord.process.ProcessFakes.Delivery;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** soc-meeting on its own, started as MeetingService convenes a meeting; the agenda holds documents 11, 12 and 13. */
@Deployment(resources = SOC_MEETING)
class SocMeetingProcessTest {

  private static final long MEETING_ID = 7L;

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  @RegisterExtension
  final ProcessFakes fakes = new ProcessFakes(engine);

  @Test
  void shouldDecideEveryAgendaItemAndProduceSummaryRecordWhenMeetingCloses() {
    // given: a meeting whose agenda the Secretariat confirmed
    ProcessInstance meeting = meetingWithAgenda();

    // then: one decision task per agenda item, for the SOC Chair, each knowing its own document
    List<Task> items = agendaItems(meeting);
    assertThat(items).hasSize(AGENDA.size()).allSatisfy(item -> assertThat(item).hasCandidateGroup("soc-chair"));
    assertThat(items).extracting(SocMeetingProcessTest::documentOf).containsExactlyInAnyOrderElementsOf(AGENDA);
    assertThat(meeting).variables().doesNotContainKey("documentId");

    // when: the SOC Chair decides each item
    Map<Long, String> decisions = Map.of(11L, "APPROVED", 12L, "RETURNED_TO_SWG", 13L, "DEFERRED");
    for (Task item : items) {
      complete(item, withVariables("decisionOutcome", decisions.get(documentOf(item)), "decisionStatements",
          "KZ: statement for the record", "decisionNote", ""));
    }

    // then: each decision is delivered once, to its own document; then the Chair closes the meeting
    assertThat(fakes.deliveries).containsExactlyInAnyOrder(new Delivery(MEETING_ID, 11L, "APPROVED"),
        new Delivery(MEETING_ID, 12L, "RETURNED_TO_SWG"), new Delivery(MEETING_ID, 13L, "DEFERRED"));
    completeUserTask(meeting, "Task_CloseMeeting", "soc-chair", withVariables("attendance", "KZ, RU, CN"));
    assertThat(meeting).isEnded().hasPassedInOrder("Task_BuildAgenda", "SubProcess_AgendaItem", "Task_CloseMeeting",
        "ServiceTask_ProduceSummaryRecord", "EndEvent_MeetingClosed");
    assertThat(fakes.count("deliverMeetingDecision")).isEqualTo(3);
    assertThat(fakes.calls).endsWith("closeMeeting", "produceSummaryRecord");
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

  private static ProcessInstance meetingWithAgenda() {
    ProcessInstance meeting = runtimeService().startProcessInstanceByKey("soc-meeting", "meeting-" + MEETING_ID,
        withVariables("meetingId", MEETING_ID));
    completeUserTask(meeting, "Task_BuildAgenda", "secretariat", withVariables("agendaDocumentIds", "11, 12, 13"));
    assertThat(meeting).isWaitingAt("Task_DecideItem");
    return meeting;
  }

  private static List<Task> agendaItems(ProcessInstance meeting) {
    return taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey("Task_DecideItem").list();
  }

  /** The item's own document: the multi-instance element variable, local to the item. */
  private static Long documentOf(Task item) {
    return (Long) taskService().getVariable(item.getId(), "documentId");
  }
}
