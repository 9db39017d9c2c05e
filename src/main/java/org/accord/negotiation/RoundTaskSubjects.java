package org.accord.negotiation;

import java.util.Map;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list which document and which round a "Give position" task concerns, and where the
 * SWG Chair confirms consensus or rules on further rounds.
 */
@Component
@Order(0)
class RoundTaskSubjects implements WorkItemSubjects {

  /** The SWG Chair's tasks, each with the section of the document page where it is done. */
  private static final Map<String, String> CHAIR_SECTIONS = Map.of(
      Negotiation.TASK_CONFIRM_CONSENSUS, ChairSections.CONSENSUS,
      Negotiation.TASK_RULE_ON_ROUNDS, ChairSections.RULING);

  private final RoundRepository rounds;
  private final Documents documents;

  RoundTaskSubjects(RoundRepository rounds, Documents documents) {
    this.rounds = rounds;
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    String section = CHAIR_SECTIONS.get(task.getTaskDefinitionKey());
    if (section != null && Documents.PROCESS_KEY.equals(WorkItemSubjects.processKey(task))) {
      // The SWG Chair's steps of document-approval are done in their sections of the document page.
      Document document = documents.carriedBy(task.getProcessInstanceId());
      return Optional.of(new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null,
          "/documents/" + document.id() + "#" + section));
    }
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
