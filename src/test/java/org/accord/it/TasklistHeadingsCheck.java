package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.accord.system.Labels;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * What Camunda Tasklist showed of the tasks a journey went through, read from the engine's history:
 * each task's name carried its document (or meeting), its description the address of Accord's page.
 */
final class TasklistHeadingsCheck {

  private static final Set<String> BEFORE_REGISTRATION = Set.of("Task_UploadDraft", "Task_RegisterDocument");

  private TasklistHeadingsCheck() {}

  /**
   * Every task of the document's processes (document-approval and the rounds and silence procedures
   * it calls, keyed by the document's symbol once registered, which the history carries back to the first steps), named by the document as Accord's lists name it:
   * CICA/SWG/2022/CP-1 "Tourism", or by its title alone for the steps before registration gives it
   * its symbol. Returns the task keys seen, for the caller to check where the journey went.
   */
  static Set<String> assertEveryTaskNamesTheDocument(HistoryService history, long id, String symbol, String title) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(symbol).list();
    assertThat(tasks).isNotEmpty();
    Set<String> keys = new TreeSet<>();
    for (HistoricTaskInstance task : tasks) {
      keys.add(task.getTaskDefinitionKey());
      String label = BEFORE_REGISTRATION.contains(task.getTaskDefinitionKey())
          ? Labels.document(null, title) : Labels.document(symbol, title);
      assertThat(task.getName()).as(task.getTaskDefinitionKey()).endsWith(": " + label);
      assertThat(task.getDescription()).as(task.getTaskDefinitionKey()).startsWith("Document " + label)
          .containsPattern("Open it in Accord: https?://[^ ]+/documents/" + id + "(#[a-z-]+)?$");
    }
    return keys;
  }

  /** Every task of the meeting's process: its own steps name the meeting, a decision its agenda item's document. */
  static Set<String> assertEveryTaskNamesTheMeeting(HistoryService history, long meeting, String meetingTitle) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("meeting-" + meeting).list();
    assertThat(tasks).isNotEmpty();
    Set<String> keys = new TreeSet<>();
    for (HistoricTaskInstance task : tasks) {
      keys.add(task.getTaskDefinitionKey());
      if (task.getTaskDefinitionKey().equals("Task_DecideItem")) {
        assertThat(task.getName()).startsWith("Decide an agenda item: ");
        assertThat(task.getDescription()).startsWith("Document ")
            .containsPattern("Open it in Accord: https?://[^ ]+/desk/meetings/" + meeting + "#item-\\d+$");
      } else {
        assertThat(task.getName()).as(task.getTaskDefinitionKey()).endsWith(": " + meetingTitle);
        assertThat(task.getDescription()).as(task.getTaskDefinitionKey())
            .startsWith("Meeting \"" + meetingTitle + "\".")
            .containsPattern("Open it in Accord: https?://[^ ]+/desk/meetings/" + meeting + "$");
      }
    }
    return keys;
  }
}
