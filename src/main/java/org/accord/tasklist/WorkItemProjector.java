package org.accord.tasklist;

import java.util.Optional;
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
 * A new task is also named and described for Camunda Tasklist ({@link TasklistHeadings}), from the
 * same answer of the modules.
 */
@Component
class WorkItemProjector {

  private final WorkItemRepository workItems;
  private final TaskSubjects subjects;
  private final Forum forum;
  private final AccordClock clock;
  private final TasklistHeadings headings;

  WorkItemProjector(WorkItemRepository workItems, TaskSubjects subjects, Forum forum, AccordClock clock,
      TasklistHeadings headings) {
    this.workItems = workItems;
    this.subjects = subjects;
    this.forum = forum;
    this.clock = clock;
    this.headings = headings;
  }

  @EventListener
  void on(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
          workItems.assign(task.getId(), task.getAssignee(), AccordClock.utc(task.getDueDate()));
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
    // A position task is offered to one delegation's group; that group names the delegation.
    String delegationCode = candidateGroup == null ? null
        : forum.findByGroup(candidateGroup).filter(Delegation::holdsPosition).map(Delegation::code).orElse(null);
    Optional<WorkItemSubjects.Subject> subject = subjects.of(task);
    workItems.insert(new WorkItemRepository.NewItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        task.getProcessInstanceId(), subject.orElse(null), candidateGroup, task.getAssignee(), delegationCode,
        clock.now(), AccordClock.utc(task.getDueDate())));
    // after the projection took the BPMN name: Accord's lists word the task by its key
    subject.ifPresentOrElse(document -> headings.describe(task, document),
        () -> subjects.topicWithoutDocument(task).ifPresent(topic -> headings.describe(task, topic)));
  }
}
