package org.accord.meeting;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the decision to the document": correlates the SOC's decision to the document's own process. */
@Component("deliverMeetingDecision")
class DeliverMeetingDecisionDelegate implements JavaDelegate {

  private final MeetingService meetings;

  DeliverMeetingDecisionDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.deliverDecision(longOf(execution, "meetingId"), documentId(execution));
  }
}
