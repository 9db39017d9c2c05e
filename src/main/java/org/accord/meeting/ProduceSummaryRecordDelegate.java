package org.accord.meeting;

import static org.accord.system.ProcessVariables.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Produce the summary record": renders the closed meeting's PDF and keeps it with its hash. */
@Component("produceSummaryRecord")
class ProduceSummaryRecordDelegate implements JavaDelegate {

  private final MeetingService meetings;

  ProduceSummaryRecordDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.produceSummaryRecord(longOf(execution, "meetingId"));
  }
}
