package org.accord.tasklist;

import java.util.Optional;
import org.accord.security.CurrentUser;
import org.accord.system.ConflictException;
import org.accord.system.InMemoryValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Completes the task a document or a meeting waits for, as the signed-in user: Camunda's
 * authorization (the task's candidate group) is checked and the task's listener knows who acted
 * and receives the user's {@link TaskCommand}. When nothing of that kind waits, the user is told
 * so with a 409 and nothing changes.
 */
@Component
public class WaitingTasks {

  private final WorkItemRepository workItems;
  private final TaskService taskService;
  private final IdentityService identityService;

  WaitingTasks(WorkItemRepository workItems, TaskService taskService, IdentityService identityService) {
    this.workItems = workItems;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * Completes the waiting task of this kind on the document, or refuses with the bundle key
   * {@code notWaiting} and its arguments.
   */
  public void complete(long documentId, String taskKey, TaskCommand command, CurrentUser user, String notWaiting,
      Object... args) {
    complete(find(documentId, taskKey, null), command, user, notWaiting, args);
  }

  /** The same, for the task offered to one group (a delegation's "Give position"). */
  public void complete(long documentId, String taskKey, String candidateGroup, TaskCommand command, CurrentUser user,
      String notWaiting, Object... args) {
    complete(find(documentId, taskKey, candidateGroup), command, user, notWaiting, args);
  }

  /** The same, for a task of one process instance (a meeting's agenda or closing). */
  public void completeInProcess(String processInstanceId, String taskKey, TaskCommand command, CurrentUser user,
      String notWaiting, Object... args) {
    complete(workItems.openTaskOfProcess(processInstanceId, taskKey), command, user, notWaiting, args);
  }

  /** Whether a task of this kind waits on the document: the pages offer its form only then. */
  public boolean waits(long documentId, String taskKey) {
    return find(documentId, taskKey, null).isPresent();
  }

  /**
   * Closes the waiting task of this kind on the document without a user: what it asked for no
   * longer applies (the document was withdrawn). Its listener sees no signed-in user and no command.
   */
  public void close(long documentId, String taskKey) {
    find(documentId, taskKey, null).ifPresent(taskService::complete);
  }

  private Optional<String> find(long documentId, String taskKey, String candidateGroup) {
    return workItems.openTaskId(documentId, taskKey, candidateGroup);
  }

  private void complete(Optional<String> taskId, TaskCommand command, CurrentUser user, String notWaiting,
      Object... args) {
    String id = taskId.orElseThrow(() -> new ConflictException(notWaiting, args));
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.id(), user.groups());
    try {
      taskService.complete(id, command == null ? Variables.createVariables()
          : Variables.createVariables().putValueTyped(TaskForm.COMMAND, InMemoryValues.of(command)));
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }
}
