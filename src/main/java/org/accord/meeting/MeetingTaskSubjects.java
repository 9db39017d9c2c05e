package org.accord.meeting;

import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.tasklist.WorkItemSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the task list which document a "Decide agenda item" task concerns: its agenda item's; and
 * which meeting the meeting's own steps (building the agenda, closing it) concern.
 */
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

  /**
   * Read by the instance's business key ("meeting-3"): the agenda task is created while the meeting
   * starts its process, before the meeting's row knows the instance.
   */
  @Override
  public Optional<Topic> topicWithoutDocument(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (!Meetings.PROCESS_KEY.equals(WorkItemSubjects.processKey(task)) || businessKey == null
        || !businessKey.matches(Meetings.BUSINESS_KEY_PREFIX + "\\d+")) {
      return Optional.empty();
    }
    return meetings.find(Long.parseLong(businessKey.substring(Meetings.BUSINESS_KEY_PREFIX.length())))
        .map(meeting -> new Topic(meeting.title(), "/desk/meetings/" + meeting.id()));
  }
}
