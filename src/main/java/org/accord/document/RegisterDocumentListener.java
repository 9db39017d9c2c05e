package org.accord.document;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

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
    documents.recordRegistration(documentId(task), stringOf(task, "symbol"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
