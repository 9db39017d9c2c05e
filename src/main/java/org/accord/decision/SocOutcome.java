package org.accord.decision;

import java.util.ArrayList;
import java.util.List;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;

/** What the SOC decides on a document. */
public enum SocOutcome {
  APPROVED,
  /** Approved, with statements of delegations attached to the decision. */
  APPROVED_WITH_RESERVATIONS,
  RETURNED_TO_SWG,
  /** Not decided at this meeting: onto the next meeting's agenda. */
  DEFERRED;

  public boolean adopts() {
    return this == APPROVED || this == APPROVED_WITH_RESERVATIONS;
  }

  /**
   * What the decision carries: an approval the last round's reservations and the statements made at
   * the meeting; another outcome nothing, and then no statement may be made for it. Approved with
   * reservations needs at least one to attach.
   */
  public List<Reservation> attached(List<Reservation> fromRound, List<Reservation> statements) {
    if (!adopts()) {
      if (!statements.isEmpty()) {
        throw new InvalidInputException("refusal.decision.statementsNotAttached", this);
      }
      return List.of();
    }
    List<Reservation> attached = new ArrayList<>(fromRound);
    attached.addAll(statements);
    if (this == APPROVED_WITH_RESERVATIONS && attached.isEmpty()) {
      throw new InvalidInputException("refusal.decision.noReservation");
    }
    return attached;
  }

  /**
   * What a meeting records: an approval that carries reservations is an approval with reservations,
   * so that the register tells the two apart whatever the Chair ticked.
   */
  public SocOutcome carrying(List<Reservation> attached) {
    return this == APPROVED && !attached.isEmpty() ? APPROVED_WITH_RESERVATIONS : this;
  }

  public static SocOutcome parse(Object value) {
    return Inputs.oneOf(SocOutcome.class, value, "refusal.what.socOutcome");
  }
}
