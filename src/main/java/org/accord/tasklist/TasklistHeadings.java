package org.accord.tasklist;

import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names and describes a new task for Camunda Tasklist, whose list shows a task's name and whose
 * task view shows its description: "Give the delegation's position: CICA/SWG/2022/CP-1 "Tourism"",
 * and the document (or meeting), the round and the address of Accord's page where the task is done.
 * Without them, a delegation with two documents in negotiation sees two identical tasks.
 *
 * <p>Accord's own pages name a task by its definition key, in the reader's language, so the name
 * changed here reaches Camunda's webapps and API only. Tasklist speaks English, so the words are the
 * English bundle's. The process holds no business facts: the document comes from the modules
 * ({@link WorkItemSubjects}), read when the task is created.
 */
@Component
class TasklistHeadings {

  static final Locale LANGUAGE = Locale.ENGLISH;
  /** Camunda's columns: ACT_RU_TASK.NAME_ is varchar(255), DESCRIPTION_ varchar(4000). */
  static final int NAME_LENGTH = 255;
  static final int DESCRIPTION_LENGTH = 4000;

  private final MessageSource messages;
  private final String baseUrl;

  TasklistHeadings(MessageSource messages, @Value("${accord.base-url:http://localhost:8080}") String baseUrl) {
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** A task about one document: the document's label in the name, and the page in the description. */
  void describe(DelegateTask task, WorkItemSubjects.Subject subject) {
    task.setName(fit(text("tasklist.camunda.name", taskWords(task), subject.label()), NAME_LENGTH));
    String description = subject.roundNumber() == null
        ? text("tasklist.camunda.description.document", subject.label(), address(subject.page()))
        : text("tasklist.camunda.description.round", subject.label(), subject.roundNumber(), address(subject.page()));
    task.setDescription(fit(description, DESCRIPTION_LENGTH));
  }

  /** A task about a meeting as a whole. */
  void describe(DelegateTask task, WorkItemSubjects.Topic topic) {
    task.setName(fit(text("tasklist.camunda.name", taskWords(task), topic.title()), NAME_LENGTH));
    task.setDescription(fit(text("tasklist.camunda.description.meeting", topic.title(), address(topic.page())),
        DESCRIPTION_LENGTH));
  }

  /** Absolute, because Tasklist shows the description as text that a user copies into the address bar. */
  String address(String page) {
    return baseUrl + (page == null || page.isEmpty() ? "/" : page);
  }

  /** The task's words as Accord's pages and mails say them; a task the bundles do not know keeps its BPMN name. */
  private String taskWords(DelegateTask task) {
    String bpmnName = Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey());
    return messages.getMessage("task." + task.getTaskDefinitionKey(), null, bpmnName, LANGUAGE);
  }

  private String text(String key, Object... args) {
    Object[] written = java.util.Arrays.stream(args).map(arg -> arg == null ? "" : String.valueOf(arg)).toArray();
    return messages.getMessage(key, written, LANGUAGE);
  }

  /** A long title would not fit Camunda's column and roll the whole step back; it is cut with an ellipsis instead. */
  static String fit(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
