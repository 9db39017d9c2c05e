package org.accord.it;

import org.accord.document.Documents;

/**
 * The business key of a document's processes (its own and those it calls), as Accord sets it: the
 * document's id until the Secretariat registers it, its symbol from then on.
 */
final class ProcessKeys {

  private ProcessKeys() {}

  static String of(Documents documents, long documentId) {
    String symbol = documents.get(documentId).symbol();
    return symbol == null ? String.valueOf(documentId) : symbol;
  }
}
