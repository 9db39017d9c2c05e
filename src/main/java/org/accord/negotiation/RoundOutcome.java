package org.accord.negotiation;

/** The result of a closed round, and the routing fact the process branches on. */
public enum RoundOutcome {
  /** No amendment and no objection. */
  CONSENSUS,
  /** At least one amendment or objection: the coordinator revises. */
  REVISION_REQUIRED,
  /** The document was withdrawn while the round was open. */
  WITHDRAWN
}
