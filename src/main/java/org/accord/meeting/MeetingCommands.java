package org.accord.meeting;

import java.time.OffsetDateTime;
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
  /**
   * The SOC Chair's decision on one item: the password they type again to sign it (checked, then
   * dropped), and once checked, when they signed.
   */
  public record DecideItem(long documentId, SocOutcome outcome, List<Reservation> statements, String note,
      String password, OffsetDateTime signedAt) implements TaskCommand {

    public DecideItem {
      statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** A decision as typed, not yet signed. */
    public DecideItem(long documentId, SocOutcome outcome, List<Reservation> statements, String note) {
      this(documentId, outcome, statements, note, null, null);
    }

    /** The same decision signed: the password goes no further than the check. */
    DecideItem signed(OffsetDateTime at) {
      return new DecideItem(documentId, outcome, statements, note, null, at);
    }

    /** The same decision with the password typed to sign it. */
    public DecideItem withPassword(String typed) {
      return new DecideItem(documentId, outcome, statements, note, typed, null);
    }

    @Override
    public String toString() {
      return "DecideItem[documentId=" + documentId + ", outcome=" + outcome + ", signedAt=" + signedAt + "]";
    }
  }

  /** Closes the meeting; Tasklist's form may list the delegations present (codes) instead. */
  public record Close(List<String> present) implements TaskCommand {

    static Close typed(String codes) {
      return new Close(codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split("[,;\\s]+")));
    }
  }
}
