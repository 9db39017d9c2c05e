package org.accord.document;

import java.util.Optional;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list which document a task of document-approval (or of a process it calls, which
 * carries the same business key) concerns. Asked last: a module that knows more of its own tasks
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
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey == null || !businessKey.chars().allMatch(Character::isDigit) || businessKey.isEmpty()) {
      return Optional.empty();
    }
    return documents.find(Long.parseLong(businessKey)).map(DocumentTaskSubjects::subject);
  }

  static Subject subject(Document document) {
    return new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null,
        "/documents/" + document.id());
  }
}
