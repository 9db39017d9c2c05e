package org.accord.process;

import static org.accord.process.ProcessFakes.AGENDA;
import static org.accord.process.ProcessFakes.SOC_MEETING;
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

/** soc-meeting on its own, started as Meetings convenes a meeting; the agenda holds documents 11, 12 and 13. */
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
