package org.accord.document;

/**
 * Which documents a reader of the library asks for; a null field does not filter.
 *
 * @param year the year the document was created in, in the forum's time zone: every document has
 *     one from its first day, registered or not
 * @param coordinatorCode the delegation that holds the pen
 * @param text found in the title or the symbol, in any case
 */
public record DocumentFilter(DocumentType type, DocumentStatus status, Integer year, String coordinatorCode,
    String text) {

  /** Every document. */
  public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null);

  public DocumentFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    coordinatorCode = coordinatorCode == null || coordinatorCode.isBlank() ? null : coordinatorCode.strip();
  }
}
