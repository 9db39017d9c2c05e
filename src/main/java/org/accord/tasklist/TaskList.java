package org.accord.tasklist;

import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.system.PageOf;
import org.springframework.stereotype.Service;

/** The work of a delegate or chair: open tasks for them or for their groups, paged and filtered. */
@Service
public class TaskList {

  private final WorkItemRepository workItems;

  TaskList(WorkItemRepository workItems) {
    this.workItems = workItems;
  }

  public PageOf<WorkItem> of(CurrentUser user, String taskKey, String documentType, Long documentId,
      String delegationCode, int page, int size) {
    PageOf.check(page, size);
    var filter = new WorkItemRepository.Filter(user.groups(), user.id(), blankToNull(taskKey),
        blankToNull(documentType), documentId, blankToNull(delegationCode));
    return new PageOf<>(workItems.page(filter, page * size, size), page, size, workItems.count(filter));
  }

  /** How many open tasks wait for the user or their groups. */
  public long count(CurrentUser user) {
    return workItems.count(new WorkItemRepository.Filter(user.groups(), user.id(), null, null, null, null));
  }

  /** The open tasks on one document, whoever they are for. */
  public List<WorkItem> waitingOn(long documentId) {
    return workItems.documentItems(documentId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
