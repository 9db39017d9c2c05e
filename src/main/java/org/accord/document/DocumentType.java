package org.accord.document;

/** The kinds of document the forum negotiates. */
public enum DocumentType {
  CONCEPT_PAPER("Concept paper", false),
  ACTION_PLAN("Action plan", false),
  CALENDAR_OF_EVENTS("Calendar of events", true),
  BUDGET("Budget", true),
  /** Travels with its budget: negotiated, decided and frozen with it, never on its own. */
  STAFF_MATRIX("Staff matrix", true);

  private final String label;
  private final boolean needsData;

  DocumentType(String label, boolean needsData) {
    this.label = label;
    this.needsData = needsData;
  }

  public String label() {
    return label;
  }

  /** Types whose figures Accord computes with (exports, consistency checks) need structured data. */
  public boolean needsData() {
    return needsData;
  }
}
