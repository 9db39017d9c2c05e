package org.accord.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.accord.system.AccordClock;
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

  TaskAssignmentMails(Notifications notifications, Recipients recipients, TaskSubjects subjects) {
    this.notifications = notifications;
    this.subjects = subjects;
    this.recipients = recipients;
  }

  @EventListener
  void on(DelegateTask task) {
    switch (task.getEventName()) {
      // A task created with an assignee also fires an assignment event; that one mails the assignee.
      case TaskListener.EVENTNAME_CREATE -> {
        if (task.getAssignee() == null) {
          mail(task, candidates(task, IdentityLink::getUserId), candidates(task, IdentityLink::getGroupId), "mail.task.waits");
        }
      }
      case TaskListener.EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          mail(task, List.of(task.getAssignee()), List.of(), "mail.task.assigned");
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
    // the task's name in the reader's language; a task the bundles do not know keeps its BPMN name
    Wording name = Wording.orElse("task." + task.getTaskDefinitionKey(),
        Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey()));
    Optional<WorkItemSubjects.Subject> subject = subjects.of(task);
    List<Wording> body = new ArrayList<>();
    body.add(Wording.of(opening, name));
    subject.ifPresent(document -> body.add(Wording.of("mail.task.document", document.label())));
    if (task.getDueDate() != null) {
      body.add(Wording.of("mail.task.due", AccordClock.utc(task.getDueDate())));
    }
    String page = subject.map(WorkItemSubjects.Subject::page).orElse("/");
    body.add(Wording.of("mail.task.open", new Wording.Page(page == null ? "/" : page)));
    Wording title = subject
        .map(document -> Wording.of("mail.task.subject", name, document.documentSymbol() != null
            ? document.documentSymbol() : Wording.of("mail.task.unregistered", document.documentId())))
        .orElse(Wording.of("mail.task.subject.alone", name));
    return new Notice(KIND,
        subject.map(document -> "document:" + document.documentId()).orElse("task:" + task.getId()), title, body);
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
