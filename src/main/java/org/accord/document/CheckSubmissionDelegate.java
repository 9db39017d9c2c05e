package org.accord.document;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check the submission" and "Check the revision": refuses, with a clear message, a version that
 * lacks its type's data or a budget that disagrees with its staff matrix. The refusal rolls back the
 * coordinator's step, so nothing is half-written.
 */
@Component("checkSubmission")
class CheckSubmissionDelegate implements JavaDelegate {

  private final DocumentService documents;

  CheckSubmissionDelegate(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.checkSubmission(documentId(execution));
  }
}
