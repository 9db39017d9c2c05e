package org.accord.tasklist;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Which document a task concerns, as the module whose process created it tells ({@link WorkItemSubjects}). */
@Component
public class TaskSubjects {

  private final List<WorkItemSubjects> modules;

  TaskSubjects(List<WorkItemSubjects> modules) {
    this.modules = modules;
  }

  /** The first module that knows the task answers; modules are asked in their {@code @Order}. */
  public Optional<WorkItemSubjects.Subject> of(DelegateTask task) {
    return modules.stream().map(module -> module.of(task)).flatMap(Optional::stream).findFirst();
  }

  /** What a task that concerns no one document is about, as the first module that knows answers. */
  Optional<WorkItemSubjects.Topic> topicWithoutDocument(DelegateTask task) {
    return modules.stream().map(module -> module.topicWithoutDocument(task)).flatMap(Optional::stream).findFirst();
  }
}
