package org.accord.silence;

import java.util.Optional;
import java.util.Set;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list that the SOC Chair's steps of a silence procedure (circulating the text, the
 * choice after a break) are done in the document page's section for them. The document is the one
 * whose approval called this procedure.
 */
@Component
@Order(0)
class SilenceTaskSubjects implements WorkItemSubjects {

  private static final Set<String> CHAIR_TASKS =
      Set.of(SilenceProcedures.TASK_CIRCULATE, SilenceProcedures.TASK_CHOOSE_AFTER_BREAK);

  private final Documents documents;

  SilenceTaskSubjects(Documents documents) {
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    if (!CHAIR_TASKS.contains(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
    if (caller == null) {
      return Optional.empty();
    }
    Document document = documents.carriedBy(caller.getProcessInstanceId());
    return Optional.of(new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null,
        "/documents/" + document.id() + "#silence-chair"));
  }
}
