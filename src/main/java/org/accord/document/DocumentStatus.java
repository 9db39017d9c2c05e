package org.accord.document;

/** Where a document stands in its approval cycle. */
public enum DocumentStatus {
  /** Created; the coordinator has yet to submit the first draft. */
  AWAITING_DRAFT,
  /** The Secretariat has yet to register it and give it a symbol. */
  AWAITING_REGISTRATION,
  /** A round of the Special Working Group is open on the circulated version. */
  IN_NEGOTIATION,
  /** Amendments or objections, or the SOC returned it: the coordinator revises. */
  IN_REVISION,
  /** The configured number of rounds is spent: the SWG Chair rules on one more round or withdrawal. */
  AWAITING_SWG_CHAIR,
  /** No amendment and no objection: the SWG Chair has yet to confirm consensus. */
  AWAITING_CONSENSUS,
  /** Recommended by the SWG: the SOC Chair chooses a meeting or the silence procedure. */
  RECOMMENDED,
  /** Waiting for an SOC meeting's decision (on an agenda, or for the next one). */
  AWAITING_SOC_MEETING,
  /** Circulated under silence procedure. */
  UNDER_SILENCE,
  /** Approved by the SOC; the adopted version is frozen. */
  ADOPTED,
  /** Withdrawn by its coordinator, or by the SWG Chair's ruling. */
  WITHDRAWN;

  public boolean isFinal() {
    return this == ADOPTED || this == WITHDRAWN;
  }

  /** The coordinator holds the pen: a new version may be uploaded. */
  public boolean acceptsVersion() {
    return this == AWAITING_DRAFT || this == IN_REVISION;
  }
}
