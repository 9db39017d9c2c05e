package org.accord.document;

/** The kinds of document the forum negotiates; their names are in the message bundles (enum.DocumentType.*). */
public enum DocumentType {
  CONCEPT_PAPER(false),
  ACTION_PLAN(false),
  CALENDAR_OF_EVENTS(true),
  BUDGET(true),
  /** Travels with its budget: negotiated, decided and frozen with it, never on its own. */
  STAFF_MATRIX(true);

  private final boolean needsData;

  DocumentType(boolean needsData) {
    this.needsData = needsData;
  }

  /** Types whose figures Accord computes with (exports, consistency checks) need structured data. */
  public boolean needsData() {
    return needsData;
  }
}
