package org.accord.negotiation;

import java.time.OffsetDateTime;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskCommand;

/** The SWG Chair's ruling once the configured number of rounds is spent. */
public record ChairRuling(long id, long documentId, int afterRound, Ruling ruling, String ruledBy,
    OffsetDateTime ruledAt, String note, String actingFor) {

  public enum Ruling {
    ONE_MORE_ROUND,
    WITHDRAW
  }

  /** The ruling as the Chair gives it, with its reasons for the record: one more round, or withdrawal. */
  public record Given(Ruling ruling, String note) implements TaskCommand {

    public Given checked() {
      Ruling checkedRuling = Inputs.oneOf(Ruling.class, ruling, "refusal.what.ruling");
      String reasons = Inputs.note(note);
      if (reasons == null) {
        throw new InvalidInputException("refusal.negotiation.reasonsMissing");
      }
      return new Given(checkedRuling, reasons);
    }
  }
}
