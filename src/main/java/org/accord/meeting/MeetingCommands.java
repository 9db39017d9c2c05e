package org.accord.meeting;

import java.util.Arrays;
import java.util.List;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskCommand;

/** What the Secretariat and the SOC Chair ask of a meeting's tasks, typed. */
public final class MeetingCommands {

  private MeetingCommands() {}

  /** Confirms the agenda; Tasklist's form may name the documents (ids) instead of setting them in Accord. */
  public record ConfirmAgenda(List<Long> documentIds) implements TaskCommand {

    static ConfirmAgenda typed(String ids) {
      if (ids == null || ids.isBlank()) {
        return new ConfirmAgenda(List.of());
      }
      try {
        return new ConfirmAgenda(Arrays.stream(ids.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("refusal.meeting.agendaIds", ids);
      }
    }
  }

  /** The SOC's decision on an agenda item: the outcome, statements for the record, a note. */
  public record DecideItem(long documentId, SocOutcome outcome, List<Reservation> statements, String note)
      implements TaskCommand {

    public DecideItem {
      statements = statements == null ? List.of() : List.copyOf(statements);
    }
  }

  /** Closes the meeting; Tasklist's form may list the delegations present (codes) instead. */
  public record Close(List<String> present) implements TaskCommand {

    static Close typed(String codes) {
      return new Close(codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split("[,;\\s]+")));
    }
  }
}
