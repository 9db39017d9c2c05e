package org.accord.tasklist;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Date;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.AccordClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task list projection in step with the engine. Camunda's Spring eventing calls it as a
 * task listener inside the engine's command, so the projection commits or rolls back with the task.
 */
@Component
class WorkItemProjector {

  private final WorkItemRepository workItems;
  private final Forum forum;
  private final AccordClock clock;

  WorkItemProjector(WorkItemRepository workItems, Forum forum, AccordClock clock) {
    this.workItems = workItems;
    this.forum = forum;
    this.clock = clock;
  }

  @EventListener
  void on(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
          workItems.assign(task.getId(), task.getAssignee(), toOffset(task.getDueDate()));
      case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> workItems.delete(task.getId());
      default -> { }
    }
  }

  private void created(DelegateTask task) {
    String candidateGroup = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElse(null);
    String delegationCode = task.getVariable("delegationGroup") instanceof String group
        ? forum.findByGroup(group).map(Delegation::code).orElse(null)
        : null;
    workItems.insert(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getProcessInstanceId(),
        task.getVariable("documentId") instanceof Number id ? id.longValue() : null,
        candidateGroup,
        task.getAssignee(),
        delegationCode,
        task.getVariable("roundNumber") instanceof Number round ? round.intValue() : null,
        clock.now(),
        toOffset(task.getDueDate()));
  }

  private static OffsetDateTime toOffset(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
