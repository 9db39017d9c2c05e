package org.accord.document;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Where a document stands follows where its process waits, and nothing else sets it: each wait state
 * of document-approval marks the status on entry, {@code ${documentStatus.mark(execution, 'IN_REVISION')}}.
 * Public because the expression language calls it by reflection.
 */
@Component("documentStatus")
public class DocumentStatusMarker {

  private final DocumentSteps steps;

  DocumentStatusMarker(DocumentSteps steps) {
    this.steps = steps;
  }

  public void mark(DelegateExecution execution, String status) {
    steps.mark(steps.carried(execution.getProcessInstanceId()), DocumentStatus.valueOf(status));
  }
}
