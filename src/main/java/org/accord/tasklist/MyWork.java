package org.accord.tasklist;

import org.accord.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The count beside "My work" in every page's navigation: the open tasks of the reader and their
 * groups. The layout asks it as {@code @myWork.count()}, so only pages pay for it.
 */
@Component("myWork")
public class MyWork {

  private final TaskList taskList;

  MyWork(TaskList taskList) {
    this.taskList = taskList;
  }

  public long count() {
    return CurrentUser.signedIn().map(taskList::count).orElse(0L);
  }
}
