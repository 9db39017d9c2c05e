package org.accord.decision;

import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list that "Choose the route to the SOC" is done in the document page's route
 * section. The document is read by its process instance, whatever the business key says.
 */
@Component
@Order(0)
class RouteTaskSubjects implements WorkItemSubjects {

  private final Documents documents;

  RouteTaskSubjects(Documents documents) {
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    if (!DecisionRegister.TASK_CHOOSE_SOC_ROUTE.equals(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    Document document = documents.carriedBy(task.getProcessInstanceId());
    return Optional.of(new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null,
        "/documents/" + document.id() + "#route"));
  }
}
