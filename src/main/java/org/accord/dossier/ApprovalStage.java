package org.accord.dossier;

/** The stages a document passes on its way from the first draft to the decision; named in the message bundles. */
enum ApprovalStage {
  DRAFT,
  REGISTRATION,
  /** One SWG negotiation round; a document passes as many as it takes. */
  ROUND,
  CONSENSUS,
  SOC,
  ADOPTED,
  WITHDRAWN
}
