package org.accord.tasklist;

import java.util.Optional;
import org.accord.system.Labels;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told by the modules whose processes create tasks: which document a new task concerns, so that the
 * task list shows and filters it by business facts without reading another module's tables. Asked
 * in the engine's transaction, when the task is created; the first module that knows the task answers.
 */
public interface WorkItemSubjects {

  Optional<Subject> of(DelegateTask task);

  /**
   * For a task that concerns no one document (a meeting's own steps: building the agenda, closing
   * it), what Camunda Tasklist names it by instead. Asked only when no module knows the task's document.
   */
  default Optional<Topic> topicWithoutDocument(DelegateTask task) {
    return Optional.empty();
  }

  /** A meeting, say, as Camunda Tasklist names a task by it: its title and Accord's page of it ("/desk/meetings/3"). */
  record Topic(String title, String page) {}

  /**
   * The document a task concerns, as its lists show it, the round for a position, and the page of
   * Accord's where the task is done ("/documents/7", "/desk/meetings/3").
   */
  record Subject(long documentId, String documentType, String documentTitle, String documentSymbol,
      Integer roundNumber, String page) {

    /** Its symbol, when registered, and its title: CICA/SWG/2022/CP-1 "Tourism". */
    public String label() {
      return Labels.document(documentSymbol, documentTitle);
    }
  }

  /** The key of the process the task belongs to ("negotiation-round"), from its definition id. */
  static String processKey(DelegateTask task) {
    String definition = task.getProcessDefinitionId();
    return definition == null ? "" : definition.substring(0, Math.max(definition.indexOf(':'), 0));
  }
}
