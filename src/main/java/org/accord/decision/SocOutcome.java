package org.accord.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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

  public static SocOutcome parse(Object value) {
    String names = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("The decision is missing: one of " + names + ".");
    }
    try {
      return valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("'" + value + "' is not an SOC decision: one of " + names + ".");
    }
  }
}
