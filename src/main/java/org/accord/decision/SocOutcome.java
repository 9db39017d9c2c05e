package org.accord.decision;

import org.accord.system.Inputs;

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

  public static SocOutcome parse(Object value) {
    return Inputs.oneOf(SocOutcome.class, value, "SOC decision");
  }
}
