package org.accord.meeting;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collection of the meeting's multi-instance "Agenda item": one decision task per document on
 * the agenda. Public because the expression language calls it by reflection.
 */
@Component("meetingAgenda")
public class MeetingAgenda {

  private final MeetingService meetings;

  MeetingAgenda(MeetingService meetings) {
    this.meetings = meetings;
  }

  public List<Long> documentIds(long meetingId) {
    return meetings.agendaDocumentIds(meetingId);
  }
}
