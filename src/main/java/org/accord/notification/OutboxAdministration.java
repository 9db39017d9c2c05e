package org.accord.notification;

import java.util.List;
import org.accord.system.ConflictException;
import org.accord.system.NotFoundException;
import org.accord.system.web.FilterInput;
import org.accord.system.web.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What administrators do with the outbox, for its page and its API: read it by status and recipient,
 * and send a failed mail again now. The sender exists only where mail is sent (accord.mail.enabled);
 * elsewhere mails stay in the outbox to be read, and there is nothing to retry.
 */
@Component
class OutboxAdministration {

  static final int PAGE_SIZE = 25;

  private final OutboxRepository outbox;
  private final MailSettings settings;
  private final ObjectProvider<OutboxSender> sender;

  OutboxAdministration(OutboxRepository outbox, MailSettings settings, ObjectProvider<OutboxSender> sender) {
    this.outbox = outbox;
    this.settings = settings;
    this.sender = sender;
  }

  /** Three reads whatever the outbox's size: the backlog, the count of the tab, and its page. */
  OutboxPage page(OutboxPage.Query query) {
    FilterInput input = new FilterInput();
    OutboxStatus status = input.oneOf(OutboxStatus.class, query.status(), "outboxPage.status.unknown");
    OutboxFilter filter = new OutboxFilter(status, null, input.text(query.recipient()));
    int asked = input.pageNumber(query.page());

    OutboxRepository.Backlog backlog = outbox.backlog(settings.maxAttempts());
    long total = outbox.count(filter, settings.maxAttempts());
    Paging paging = input.paging(asked, PAGE_SIZE, total);
    List<OutboxEntry> rows = total == 0 ? List.of()
        : outbox.page(filter, settings.maxAttempts(), paging.offset(), PAGE_SIZE);
    return new OutboxPage(query, status, backlog, rows, paging, input.notes(), sending());
  }

  OutboxRepository.Backlog backlog() {
    return outbox.backlog(settings.maxAttempts());
  }

  OutboxEntry mail(long id) {
    return outbox.find(id, settings.maxAttempts())
        .orElseThrow(() -> new NotFoundException("refusal.notification.noSuchMail", id));
  }

  /**
   * Sends a failed mail again now. Safe when two administrators click at once, or the sender polls
   * meanwhile: one attempt claims the mail, the other is refused with the reason.
   */
  OutboxEntry retry(long id) {
    OutboxSender delivering = sender.getIfAvailable();
    if (delivering == null) {
      throw new ConflictException("refusal.notification.sendingOff");
    }
    return delivering.retryNow(id);
  }

  /** Whether this server sends mail at all: the setting the sender exists by, as the dashboard reads it. */
  boolean sending() {
    return settings.enabled();
  }
}
