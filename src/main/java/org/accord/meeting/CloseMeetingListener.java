package org.accord.meeting;

import static org.accord.system.ProcessVariables.longOf;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Close the meeting": the attendance must be on the record. */
@Component("closeMeeting")
class CloseMeetingListener implements TaskListener {

  private final MeetingService meetings;

  CloseMeetingListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    meetings.closeFromTask(longOf(task, "meetingId"), stringOf(task, "attendance"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
