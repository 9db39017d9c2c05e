package org.accord.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.security.CurrentUser;
import org.accord.system.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks", description = "The caller's open tasks")
class TaskController {

  private final TaskList taskList;

  TaskController(TaskList taskList) {
    this.taskList = taskList;
  }

  @GetMapping("/api/tasks")
  @Operation(summary = "My open tasks and those of my delegation or body, soonest due first")
  PageOf<WorkItem> myTasks(
      @RequestParam(required = false) String taskKey,
      @RequestParam(required = false) String documentType,
      @RequestParam(required = false) Long documentId,
      @RequestParam(required = false) String delegation,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      CurrentUser user) {
    return taskList.of(user, taskKey, documentType, documentId, delegation, page, size);
  }
}
