package org.accord.tasklist;

import java.util.Map;
import java.util.Optional;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Finds a document's open task through the projection and completes it as the signed-in user, so
 * that Camunda's authorization (the task's candidate group) is checked and task listeners know who
 * acted.
 */
@Component
public class ProcessTasks {

  private final WorkItemRepository workItems;
  private final TaskService taskService;
  private final IdentityService identityService;

  ProcessTasks(WorkItemRepository workItems, TaskService taskService, IdentityService identityService) {
    this.workItems = workItems;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  public Optional<String> openTask(long documentId, String taskKey) {
    return workItems.openTaskId(documentId, taskKey, null);
  }

  public Optional<String> openTask(long documentId, String taskKey, String candidateGroup) {
    return workItems.openTaskId(documentId, taskKey, candidateGroup);
  }

  /** The open task of one process instance (a meeting's agenda or closing task). */
  public Optional<String> openTaskOfProcess(String processInstanceId, String taskKey) {
    return workItems.openTaskOfProcess(processInstanceId, taskKey);
  }

  public void complete(String taskId, Map<String, Object> variables, CurrentUser user) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.id(), user.groups());
    try {
      taskService.complete(taskId, variables);
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }
}
