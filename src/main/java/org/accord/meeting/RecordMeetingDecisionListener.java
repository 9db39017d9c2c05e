package org.accord.meeting;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.longOf;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Decide agenda item": numbers and records the SOC's decision (nothing for a withdrawn item). */
@Component("recordMeetingDecision")
class RecordMeetingDecisionListener implements TaskListener {

  private final MeetingService meetings;

  RecordMeetingDecisionListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    long meetingId = longOf(task, "meetingId");
    if (meetings.isWithdrawn(meetingId, documentId(task))) {
      return;
    }
    meetings.recordDecisionFromTask(meetingId, documentId(task), task.getVariable("decisionOutcome"),
        stringOf(task, "decisionStatements"), stringOf(task, "decisionNote"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
