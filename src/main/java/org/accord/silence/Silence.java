package org.accord.silence;

import java.util.Date;
import org.accord.document.Documents;
import org.accord.system.AccordClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the processes ask of silence procedures as they run: the exact expiry of the procedure's
 * timer, and how it ended, which document-approval branches on. Read from the procedure's record,
 * keyed by the process instance. Public because the expression language calls it by reflection.
 */
@Component("silence")
public class Silence {

  private final SilenceSteps steps;
  private final Documents documents;

  Silence(SilenceSteps steps, Documents documents) {
    this.steps = steps;
    this.documents = documents;
  }

  public Date expiry(DelegateExecution execution) {
    return AccordClock.date(steps.procedure(execution.getProcessInstanceId()).expiresAt());
  }

  /** ADOPTED, BACK_TO_SWG or NEXT_MEETING, for the document document-approval carries. */
  public String outcome(DelegateExecution execution) {
    return steps.outcome(documents.carriedBy(execution.getProcessInstanceId()));
  }
}
