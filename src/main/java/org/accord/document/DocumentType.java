package org.accord.document;

/** The kinds of document the forum negotiates. */
public enum DocumentType {
  CONCEPT_PAPER("Concept paper"),
  ACTION_PLAN("Action plan"),
  CALENDAR_OF_EVENTS("Calendar of events"),
  BUDGET("Budget"),
  STAFF_MATRIX("Staff matrix");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
