package org.accord.notification;

import java.util.List;
import java.util.Locale;
import org.accord.system.web.FilterInput;
import org.accord.system.web.PageLink;
import org.accord.system.web.Paging;

/**
 * One page of the administrators' outbox: the mails of one status (or all), newest first, with the
 * search as typed (so the form keeps it) and the backlog for the tabs.
 *
 * @param status the tab shown; null for every mail
 * @param sending whether this server sends mail at all (accord.mail.enabled); without it nothing is retried
 */
record OutboxPage(Query query, OutboxStatus status, OutboxRepository.Backlog backlog, List<OutboxEntry> rows,
    Paging paging, List<FilterInput.Note> notes, boolean sending) {

  static final String PATH = "/admin/outbox";

  /** The page's address as typed: its tab, its search and its page number. */
  record Query(String status, String recipient, String page) {

    public boolean isSearched() {
      return recipient != null && !recipient.isBlank();
    }
  }

  /** Another page of the same tab and search. */
  public String link(int page) {
    return searched(status).with("page", page > 1 ? page : null).toString();
  }

  /** The first page of a tab ("failed"; null for every mail), keeping the search. */
  public String tab(String name) {
    return searched(name == null ? null : OutboxStatus.valueOf(name.toUpperCase(Locale.ROOT))).toString();
  }

  /** The same tab without the search. */
  public String withoutSearch() {
    return PageLink.to(PATH).with("status", status == null ? null : status.name().toLowerCase(Locale.ROOT)).toString();
  }

  /** The address a retry comes back to, without script: this very view. */
  public String back() {
    return link(paging.number());
  }

  /** Whether the tab ("failed"; null for every mail) is the one shown. */
  public boolean shows(String name) {
    return status == null ? name == null : status.name().equalsIgnoreCase(name);
  }

  /** The document a mail is about, for a link to its page; null when it is about something else. */
  public static Long documentOf(OutboxEntry mail) {
    String reference = mail.reference();
    if (reference == null || !reference.matches("document:[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(reference.substring("document:".length()));
  }

  private PageLink searched(OutboxStatus tab) {
    return PageLink.to(PATH)
        .with("status", tab == null ? null : tab.name().toLowerCase(Locale.ROOT))
        .with("recipient", query.isSearched() ? query.recipient().strip() : null);
  }
}
