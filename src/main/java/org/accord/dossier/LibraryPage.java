package org.accord.dossier;

import java.util.List;
import org.accord.document.Document;
import org.accord.document.DocumentFilter;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.system.web.FilterInput;
import org.accord.system.web.PageLink;
import org.accord.system.web.Paging;

/**
 * One page of the document library, with its filters as the reader typed them (so the form keeps
 * them) and as they were applied.
 *
 * @param notes the filter values left out, and why
 * @param coordinators the parties that may coordinate, for the filter, named in the reader's language
 */
record LibraryPage(Query query, DocumentFilter filter, List<Row> rows, Paging paging, List<FilterInput.Note> notes,
    List<Option> coordinators) {

  /** The library's address: its filters and page, as typed, all GET parameters so that a view can be bookmarked. */
  record Query(String type, String status, String year, String coordinator, String text, String page) {

    public boolean isFiltered() {
      return hasText(type) || hasText(status) || hasText(year) || hasText(coordinator) || hasText(text);
    }

    private static boolean hasText(String value) {
      return value != null && !value.isBlank();
    }
  }

  /** A document and its coordinator's name in the reader's language. */
  record Row(Document document, String coordinatorName) {}

  record Option(String value, String label) {}

  public List<DocumentType> types() {
    return List.of(DocumentType.values());
  }

  public List<DocumentStatus> statuses() {
    return List.of(DocumentStatus.values());
  }

  /** The address of another page of the same view: the filters that were applied, and the page number. */
  public String link(int page) {
    return PageLink.to("/documents")
        .with("type", filter.type() == null ? null : filter.type().name())
        .with("status", filter.status() == null ? null : filter.status().name())
        .with("year", filter.year())
        .with("coordinator", filter.coordinatorCode())
        .with("text", filter.text())
        .with("page", page > 1 ? page : null)
        .toString();
  }
}
