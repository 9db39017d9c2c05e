package org.accord.document;

/** Where a document stands in its approval cycle. */
public enum DocumentStatus {
  /** Created; the coordinator has yet to upload the first draft. */
  AWAITING_DRAFT,
  /** The Secretariat has yet to register it and give it a symbol. */
  AWAITING_REGISTRATION,
  /** A round of the Special Working Group is open on the circulated version. */
  IN_NEGOTIATION,
  /** Amendments or objections, or the SOC returned it: the coordinator revises. */
  IN_REVISION,
  /** No amendment and no objection: the SWG Chair has yet to confirm consensus. */
  AWAITING_CONSENSUS,
  /** Recommended by the SWG; the SOC Chair has yet to record the decision. */
  AT_SOC,
  /** Approved by the SOC; the adopted version is frozen. */
  ADOPTED
}
