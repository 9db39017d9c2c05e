package org.accord.negotiation;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Revise document": a revised version must exist (or be typed into the form). */
@Component("recordRevision")
class RecordRevisionListener implements TaskListener {

  private final NegotiationService negotiation;

  RecordRevisionListener(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void notify(DelegateTask task) {
    negotiation.recordRevision(
        ((Number) task.getVariable("documentId")).longValue(),
        (String) task.getVariable("revisedText"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
