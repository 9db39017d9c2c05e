package org.accord.document;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Upload draft": a text typed in Tasklist becomes version 1; a version must exist. */
@Component("recordDraft")
class RecordDraftListener implements TaskListener {

  private final DocumentService documents;

  RecordDraftListener(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    long documentId = ((Number) task.getVariable("documentId")).longValue();
    CurrentUser actor = CurrentUser.ofEngine(task.getProcessEngineServices());
    if (task.getVariable("draftText") instanceof String text && !text.isBlank()) {
      documents.addVersionFromTask(documentId, text, actor);
    }
    documents.completeDraft(documentId, actor);
  }
}
