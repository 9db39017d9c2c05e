package org.accord.negotiation;

import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the task list which document and which round a "Give position" task concerns. */
@Component
@Order(0)
class RoundTaskSubjects implements WorkItemSubjects {

  private final RoundRepository rounds;
  private final Documents documents;

  RoundTaskSubjects(RoundRepository rounds, Documents documents) {
    this.rounds = rounds;
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    if (!"negotiation-round".equals(WorkItemSubjects.processKey(task))) {
      return Optional.empty();
    }
    return rounds.ofProcess(task.getProcessInstanceId()).map(round -> {
      Document document = documents.get(round.documentId());
      return new Subject(document.id(), document.type().name(), document.title(), document.symbol(), round.number(),
          "/documents/" + document.id() + "#position");
    });
  }
}
