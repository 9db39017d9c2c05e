package org.accord.meeting;

import java.util.List;
import org.accord.decision.Decision;

/** What the summary record of a closed meeting says. */
public record MeetingSummary(Meeting meeting, List<Item> agenda, List<Attendance> attendance) {

  /** An agenda item with the decisions taken on it (a budget's item carries its staff matrix's too). */
  public record Item(AgendaItem item, List<Decision> decisions) {}

  /** A member state's delegation, present or not; observers are listed when present. */
  public record Attendance(String delegationCode, String delegationName, boolean memberState, boolean present) {}
}
