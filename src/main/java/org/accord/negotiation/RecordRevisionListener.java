package org.accord.negotiation;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

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
    negotiation.recordRevision(documentId(task), stringOf(task, "revisedText"), stringOf(task, "revisedData"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
