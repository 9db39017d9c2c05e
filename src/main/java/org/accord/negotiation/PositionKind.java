package org.accord.negotiation;

import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;

/** What a delegation says on a circulated version; named in the message bundles. */
public enum PositionKind {
  /** Agrees; text optional. */
  NO_OBJECTION(false, false),
  /** Proposes new text: blocks consensus until the coordinator revises. */
  AMENDMENT(true, true),
  /** Objects, with reasons: blocks consensus. */
  OBJECTION(true, true),
  /** Agrees, with a statement for the record: does not block. */
  RESERVATION(true, false);

  private final boolean needsText;
  private final boolean blocksConsensus;

  PositionKind(boolean needsText, boolean blocksConsensus) {
    this.needsText = needsText;
    this.blocksConsensus = blocksConsensus;
  }

  public boolean needsText() {
    return needsText;
  }

  public boolean blocksConsensus() {
    return blocksConsensus;
  }

  public static PositionKind parse(Object value) {
    return Inputs.oneOf(PositionKind.class, value, "refusal.what.positionKind");
  }

  /** Checks the text against the kind and returns it trimmed, or null when there is none. */
  public String checkText(String text) {
    String trimmed = text == null || text.isBlank() ? null : Inputs.storable(text).strip();
    if (needsText && trimmed == null) {
      throw new InvalidInputException("refusal.negotiation.textNeeded." + name());
    }
    if (trimmed != null && trimmed.length() > Limits.TEXT) {
      throw new InvalidInputException("refusal.negotiation.textTooLong", Limits.TEXT);
    }
    return trimmed;
  }

}
