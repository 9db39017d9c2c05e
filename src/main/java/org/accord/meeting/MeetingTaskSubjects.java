package org.accord.meeting;

import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the task list which document a "Decide agenda item" task concerns: its agenda item's. */
@Component
@Order(0)
class MeetingTaskSubjects implements WorkItemSubjects {

  private final MeetingRepository meetings;
  private final Documents documents;

  MeetingTaskSubjects(MeetingRepository meetings, Documents documents) {
    this.meetings = meetings;
    this.documents = documents;
  }

  @Override
  public Optional<Subject> of(DelegateTask task) {
    if (!Meetings.TASK_DECIDE_ITEM.equals(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    return meetings.itemOfActivity(task.getExecution().getParentActivityInstanceId()).map(item -> {
      Document document = documents.get(item.documentId());
      return new Subject(document.id(), document.type().name(), document.title(), document.symbol(), null,
          "/desk/meetings/" + item.meetingId() + "#item-" + document.id());
    });
  }
}
