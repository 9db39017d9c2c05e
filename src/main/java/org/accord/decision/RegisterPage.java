package org.accord.decision;

import java.util.List;
import java.util.Locale;
import org.accord.security.UserPreferences;
import org.accord.system.web.FilterInput;
import org.accord.system.web.PageLink;
import org.accord.system.web.Paging;

/**
 * One page of the decision register, with its filters as the reader typed them (so the form keeps
 * them) and as they were applied.
 *
 * @param notes the filter values left out, and why
 */
record RegisterPage(Query query, RegisterFilter filter, List<Row> rows, Paging paging, List<FilterInput.Note> notes,
    Locale language) {

  /** The register page's address: its filters and page, as typed. */
  record Query(String year, String text, String page) {

    public boolean isFiltered() {
      return (year != null && !year.isBlank()) || (text != null && !text.isBlank());
    }
  }

  /** A decision and the parties whose reservations it carries, named in the reader's language. */
  record Row(Decision decision, List<String> reservedBy) {}

  /** The address of another page of the same view. */
  public String link(int page) {
    return filtered("/decisions").with("page", page > 1 ? page : null).toString();
  }

  /** The same rows as CSV. */
  public String csv() {
    return filtered("/api/decisions.csv").toString();
  }

  /** The same rows as PDF, in the reader's language. */
  public String pdf() {
    return filtered("/api/decisions.pdf").with("language", UserPreferences.supported(language).getLanguage()).toString();
  }

  private PageLink filtered(String path) {
    return PageLink.to(path).with("year", filter.year()).with("text", filter.text());
  }
}
