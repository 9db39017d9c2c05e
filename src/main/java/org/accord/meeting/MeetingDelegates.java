package org.accord.meeting;

import org.accord.decision.SocOutcome;
import org.accord.security.CurrentUser;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The thin beans soc-meeting names. The steps inside an agenda item find their item through the
 * item's activity instance: the parent of theirs.
 */
final class MeetingDelegates {

  private MeetingDelegates() {}

  /** On completing "Build the agenda": the agenda (typed in Tasklist, or set in Accord) must hold a document. */
  @Component("confirmAgenda")
  static class ConfirmAgenda implements TaskListener {

    private final MeetingSteps steps;

    ConfirmAgenda(MeetingSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      MeetingCommands.ConfirmAgenda confirmation = TaskForm.command(task, MeetingCommands.ConfirmAgenda.class,
          form -> MeetingCommands.ConfirmAgenda.typed(form.text("agendaDocumentIds")));
      steps.confirmAgenda(steps.meetingOf(task.getProcessInstanceId()), confirmation,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** On completing "Decide agenda item": numbers and records the SOC's decision (nothing for a withdrawn item). */
  @Component("recordMeetingDecision")
  static class RecordMeetingDecision implements TaskListener {

    private final MeetingSteps steps;

    RecordMeetingDecision(MeetingSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      MeetingRepository.ItemRow item = steps.itemOf(task.getExecution().getParentActivityInstanceId());
      if (item.withdrawn()) {
        return; // closed by Accord when the document was withdrawn: nothing was decided
      }
      MeetingCommands.DecideItem decision = TaskForm.command(task, MeetingCommands.DecideItem.class,
          form -> new MeetingCommands.DecideItem(item.documentId(), SocOutcome.parse(form.value("decisionOutcome")),
              MeetingStatements.parse(form.text("decisionStatements")), form.text("decisionNote")));
      steps.recordDecision(steps.meetingOf(task.getProcessInstanceId()), item, decision,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** "Send the decision to the document": correlates the SOC's decision to the document's own process. */
  @Component("deliverMeetingDecision")
  static class DeliverMeetingDecision implements JavaDelegate {

    private final MeetingSteps steps;

    DeliverMeetingDecision(MeetingSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.deliverDecision(steps.itemOf(execution.getParentActivityInstanceId()));
    }
  }

  /** On completing "Close the meeting": the attendance must be on the record. */
  @Component("closeMeeting")
  static class CloseMeeting implements TaskListener {

    private final MeetingSteps steps;

    CloseMeeting(MeetingSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      MeetingCommands.Close closing = TaskForm.command(task, MeetingCommands.Close.class,
          form -> MeetingCommands.Close.typed(form.text("attendance")));
      steps.close(steps.meetingOf(task.getProcessInstanceId()), closing,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** "Produce the summary record": renders the closed meeting's PDF and keeps it with its hash. */
  @Component("produceSummaryRecord")
  static class ProduceSummaryRecord implements JavaDelegate {

    private final MeetingSteps steps;

    ProduceSummaryRecord(MeetingSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.produceSummaryRecord(steps.meetingOf(execution.getProcessInstanceId()));
    }
  }
}
