package org.accord.document;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What document-approval asks of the document as it runs: who holds the pen, and whether the
 * routing allows the silence procedure. Read from Accord's tables each time, keyed by the process
 * instance, never from a variable. Public because the expression language calls it by reflection.
 */
@Component("documentProcess")
public class DocumentProcess {

  private final Documents documents;
  private final DocumentRepository repository;

  DocumentProcess(Documents documents, DocumentRepository repository) {
    this.documents = documents;
    this.repository = repository;
  }

  /**
   * The process starts: the document Accord started it for (its business key) is tied to this
   * instance, before any task asks who holds the pen.
   */
  public void begin(DelegateExecution execution) {
    repository.attachProcess(Long.parseLong(execution.getProcessBusinessKey()), execution.getProcessInstanceId());
  }

  /** The candidate group of the upload and revise tasks: the coordinator's delegation. */
  public String coordinatorGroup(DelegateExecution execution) {
    Document document = documents.carriedBy(execution.getProcessInstanceId());
    return documents.coordinatorOf(document).groupId();
  }

  public boolean silenceAllowed(DelegateExecution execution) {
    return documents.routing(documents.carriedBy(execution.getProcessInstanceId()).id()).silenceProcedureAllowed();
  }
}
