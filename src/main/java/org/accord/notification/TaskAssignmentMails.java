package org.accord.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.accord.system.AccordClock;
import org.accord.system.Times;
import org.accord.tasklist.TaskSubjects;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people that a task waits for them: on creation its candidates (users and group members),
 * on assignment its assignee. Camunda's Spring eventing calls it inside the engine's command, so
 * the mail is queued only if the step commits. Nobody is told about a task they caused themselves
 * (the user who claimed it, or whose action created it).
 */
@Component
class TaskAssignmentMails {

  static final String KIND = "TASK_ASSIGNED";


  private final Notifications notifications;
  private final Recipients recipients;
  private final TaskSubjects subjects;
  private final String taskListUrl;

  TaskAssignmentMails(Notifications notifications, Recipients recipients, TaskSubjects subjects, SiteAddress site) {
    this.notifications = notifications;
    this.subjects = subjects;
    this.recipients = recipients;
    this.taskListUrl = site.home();
  }

  @EventListener
  void on(DelegateTask task) {
    switch (task.getEventName()) {
      // A task created with an assignee also fires an assignment event; that one mails the assignee.
      case TaskListener.EVENTNAME_CREATE -> {
        if (task.getAssignee() == null) {
          mail(task, candidates(task, IdentityLink::getUserId), candidates(task, IdentityLink::getGroupId),
              "A new task waits for you or your group in Accord");
        }
      }
      case TaskListener.EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          mail(task, List.of(task.getAssignee()), List.of(), "A task has been assigned to you in Accord");
        }
      }
      default -> { }
    }
  }

  private void mail(DelegateTask task, List<String> userIds, List<String> groupIds, String opening) {
    String actor = actingUser(task);
    List<Recipient> to = recipients.resolve(userIds, groupIds).stream()
        .filter(recipient -> !recipient.userId().equals(actor))
        .toList();
    notifications.queue(to, notice(task, opening));
  }

  private Notice notice(DelegateTask task, String opening) {
    String name = Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey());
    Optional<WorkItemSubjects.Subject> subject = subjects.of(task);
    List<String> lines = new ArrayList<>();
    lines.add(opening + ":");
    lines.add("");
    lines.add("  " + name);
    subject.ifPresent(document -> lines.add("  Document: " + document.label()));
    if (task.getDueDate() != null) {
      lines.add("  Due: " + Times.longUtc(AccordClock.utc(task.getDueDate())));
    }
    lines.add("");
    lines.add("Your task list: " + taskListUrl);
    lines.add("");
    lines.add("This message was sent automatically by Accord; please do not reply to it.");
    return new Notice(KIND,
        subject.map(document -> "document:" + document.documentId()).orElse("task:" + task.getId()),
        "[Accord] Task: " + name + subject.map(document -> " (" + (document.documentSymbol() != null
            ? document.documentSymbol() : "document " + document.documentId()) + ")").orElse(""),
        String.join("\n", lines));
  }

  private static List<String> candidates(DelegateTask task, Function<IdentityLink, String> id) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(id)
        .filter(Objects::nonNull)
        .toList();
  }

  private static String actingUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
