package org.accord.meeting;

import org.accord.decision.SocOutcome;
import org.accord.security.CurrentUser;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin beans soc-meeting names. The steps inside an agenda item find their item through the
 * item's activity instance: the parent of theirs.
 */
@Configuration(proxyBeanMethods = false)
class MeetingDelegates {

  /** On completing "Build the agenda": the agenda (typed in Tasklist, or set in Accord) must hold a document. */
  @Bean
  TaskListener confirmAgenda(MeetingSteps steps) {
    return task -> steps.confirmAgenda(steps.meetingOf(task.getProcessInstanceId()),
        TaskForm.command(task, MeetingCommands.ConfirmAgenda.class,
            form -> MeetingCommands.ConfirmAgenda.typed(form.text("agendaDocumentIds"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** On completing "Decide agenda item": numbers and records the SOC's decision. */
  @Bean
  TaskListener recordMeetingDecision(MeetingSteps steps) {
    return task -> {
      MeetingRepository.ItemRow item = steps.itemOf(task.getExecution().getParentActivityInstanceId());
      if (item.withdrawn()) {
        return; // closed by Accord when the document was withdrawn: nothing was decided
      }
      MeetingCommands.DecideItem decision = TaskForm.command(task, MeetingCommands.DecideItem.class,
          form -> new MeetingCommands.DecideItem(item.documentId(), SocOutcome.parse(form.value("decisionOutcome")),
              MeetingStatements.parse(form.text("decisionStatements")), form.text("decisionNote")));
      steps.recordDecision(steps.meetingOf(task.getProcessInstanceId()), item, decision,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    };
  }

  /** "Send the decision to the document": correlates the SOC's decision to the document's own process. */
  @Bean
  JavaDelegate deliverMeetingDecision(MeetingSteps steps) {
    return execution -> steps.deliverDecision(steps.itemOf(execution.getParentActivityInstanceId()));
  }

  /** On completing "Close the meeting": the attendance must be on the record. */
  @Bean
  TaskListener closeMeeting(MeetingSteps steps) {
    return task -> steps.close(steps.meetingOf(task.getProcessInstanceId()),
        TaskForm.command(task, MeetingCommands.Close.class, form -> MeetingCommands.Close.typed(form.text("attendance"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** "Produce the summary record": renders the closed meeting's PDF and keeps it with its hash. */
  @Bean
  JavaDelegate produceSummaryRecord(MeetingSteps steps) {
    return execution -> steps.produceSummaryRecord(steps.meetingOf(execution.getProcessInstanceId()));
  }
}
