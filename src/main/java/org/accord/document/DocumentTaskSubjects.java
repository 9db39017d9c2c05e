package org.accord.document;

import java.util.Optional;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list which document a task of document-approval (or of a process it calls, which
 * carries the same business key: the document's id, its symbol once registered) concerns. Asked last: a module that knows more of its own tasks
 * (a round's number) answers first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DocumentTaskSubjects implements WorkItemSubjects {

  private final DocumentRepository documents;

  DocumentTaskSubjects(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    // The key is the document's id until the Secretariat registers it, then its symbol (Registration.keyProcess).
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey == null || businessKey.isEmpty()) {
      return Optional.empty();
    }
    Optional<Document> document = businessKey.chars().allMatch(Character::isDigit)
        ? documents.find(Long.parseLong(businessKey)) : documents.findBySymbol(businessKey);
    return document.map(found -> subject(found, page(found, task.getTaskDefinitionKey())));
  }

  static Subject subject(Document document, String page) {
    return new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null, page);
  }

  /** Where the task is done: the section of the document page that holds its form, or the page itself. */
  static String page(Document document, String taskKey) {
    String section = switch (taskKey == null ? "" : taskKey) {
      case Documents.TASK_REGISTER -> "#registration";
      case Documents.TASK_UPLOAD_DRAFT, Documents.TASK_REVISE -> "#coordinator";
      default -> "";
    };
    return "/documents/" + document.id() + section;
  }
}
