package org.accord.document;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record withdrawal": who withdrew the document and why; every feature closes what it has open on it. */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

  private final DocumentService documents;

  RecordWithdrawalDelegate(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.recordWithdrawal(documentId(execution), stringOf(execution, "withdrawnBy"),
        stringOf(execution, "withdrawalReason"));
  }
}
