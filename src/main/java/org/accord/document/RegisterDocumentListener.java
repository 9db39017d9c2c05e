package org.accord.document;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Register document": validates and records the symbol the Secretariat gave. */
@Component("registerDocument")
class RegisterDocumentListener implements TaskListener {

  private final DocumentService documents;

  RegisterDocumentListener(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    long documentId = ((Number) task.getVariable("documentId")).longValue();
    documents.recordRegistration(documentId, (String) task.getVariable("symbol"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
