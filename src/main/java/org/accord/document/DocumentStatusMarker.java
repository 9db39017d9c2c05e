package org.accord.document;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the document's status in step with where its process waits, for the steps whose status
 * no delegate sets: {@code ${documentStatus.mark(execution, 'IN_REVISION')}} as a start listener.
 * Public because the expression language calls it by reflection.
 */
@Component("documentStatus")
public class DocumentStatusMarker {

  private final DocumentService documents;

  DocumentStatusMarker(DocumentService documents) {
    this.documents = documents;
  }

  public void mark(DelegateExecution execution, String status) {
    documents.changeStatus(documentId(execution), DocumentStatus.valueOf(status));
  }
}
