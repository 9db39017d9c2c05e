package org.accord.document;

import org.accord.forum.Delegation;

/**
 * What the Secretariat's registration section shows: the document, its draft, and the symbol its
 * type's pattern suggests. Its methods are public because templates call them.
 *
 * @param draft the version the coordinator submitted; null if none (never while it waits)
 * @param suggestion the pattern and the next symbol it gives; null when the type has no pattern
 */
record RegistrationSection(Document document, Delegation coordinator, DocumentVersion draft,
    Symbols.Suggestion suggestion) {

  /** The form is offered only while the process waits for the Secretariat. */
  public boolean waiting() {
    return document.status() == DocumentStatus.AWAITING_REGISTRATION;
  }

  /** The symbol the input starts with: as typed when refused, else the suggestion. */
  public String symbolToShow(String typed) {
    if (typed != null) {
      return typed;
    }
    return suggestion == null ? "" : suggestion.symbol();
  }
}
