package org.accord.document;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Upload draft": a text or data typed in Tasklist becomes version 1; a version must exist. */
@Component("recordDraft")
class RecordDraftListener implements TaskListener {

  private final DocumentService documents;

  RecordDraftListener(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    CurrentUser actor = CurrentUser.ofEngine(task.getProcessEngineServices());
    documents.addVersionFromTask(documentId(task), stringOf(task, "draftText"), stringOf(task, "draftData"), actor);
    documents.completeDraft(documentId(task), actor);
  }
}
