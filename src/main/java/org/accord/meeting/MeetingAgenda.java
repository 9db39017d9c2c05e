package org.accord.meeting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The agenda as soc-meeting runs it: the collection of its multi-instance "Agenda item" (one
 * decision per document on the agenda), and each item tied, as it opens, to its activity instance.
 * Public because the expression language calls it by reflection.
 */
@Component("meetingAgenda")
public class MeetingAgenda {

  /** The multi-instance's element variable: set by the engine for each item, read once as the item opens. */
  static final String ITEM_DOCUMENT = "documentId";

  private final MeetingSteps steps;

  MeetingAgenda(MeetingSteps steps) {
    this.steps = steps;
  }

  public List<Long> documentIds(DelegateExecution execution) {
    return steps.agendaDocumentIds(steps.meetingOf(execution.getProcessInstanceId()));
  }

  public void openItem(DelegateExecution execution) {
    long documentId = ((Number) execution.getVariable(ITEM_DOCUMENT)).longValue();
    steps.openItem(steps.meetingOf(execution.getProcessInstanceId()), documentId, execution.getActivityInstanceId());
  }
}
