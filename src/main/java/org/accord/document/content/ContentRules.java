package org.accord.document.content;

import org.accord.document.DocumentType;
import org.springframework.stereotype.Component;

/**
 * The structured content of each document type: validated on upload, put in canonical form (so
 * that equal content has an equal hash), and read for the budget package's consistency check.
 */
@Component
public class ContentRules {

  /**
   * Validates the structured content of a version and returns it as canonical JSON.
   *
   * @throws org.accord.system.InvalidInputException with a message a delegate understands
   */
  public String canonical(DocumentType type, String json) {
    return json;
  }

  /** The budget's staff line (category STAFF). */
  public Money staffLine(String budgetJson) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The staff matrix's total annual cost: the sum over posts of number × annual cost. */
  public Money staffTotal(String staffMatrixJson) {
    throw new UnsupportedOperationException("not yet");
  }
}
