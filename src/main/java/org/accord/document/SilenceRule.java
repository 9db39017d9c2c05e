package org.accord.document;

/** What the silence of a delegation means at the round's deadline (a column of the routing DMN). */
public enum SilenceRule {
  /** Silence is no objection. */
  NO_OBJECTION,
  /** The deadline is extended once for the silent delegations; then silence is no objection. */
  EXTEND_ONCE
}
