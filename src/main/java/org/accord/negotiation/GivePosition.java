package org.accord.negotiation;

import org.accord.system.Inputs;
import org.accord.system.Limits;
import org.accord.tasklist.TaskCommand;

/**
 * A delegation's position as a delegate states it: given in a round, or changed while it is open.
 * Checked once ({@link #checked}), whether it came from Accord or from Camunda Tasklist's form.
 */
public record GivePosition(String delegation, PositionKind kind, String text, String anchor) implements TaskCommand {

  /** The statement with its text required or not by its kind, trimmed, within the limits. */
  public GivePosition checked() {
    if (kind == null) {
      PositionKind.parse(null);
    }
    return new GivePosition(Inputs.code(delegation), kind, kind.checkText(text),
        Inputs.optional(anchor, Limits.ANCHOR, "refusal.negotiation.anchorTooLong"));
  }
}
