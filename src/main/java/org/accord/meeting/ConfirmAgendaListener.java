package org.accord.meeting;

import static org.accord.system.ProcessVariables.longOf;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Build the agenda": the agenda (typed in Tasklist, or set in Accord) must hold a document. */
@Component("confirmAgenda")
class ConfirmAgendaListener implements TaskListener {

  private final MeetingService meetings;

  ConfirmAgendaListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    meetings.confirmAgendaFromTask(longOf(task, "meetingId"), stringOf(task, "agendaDocumentIds"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
