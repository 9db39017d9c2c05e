package org.accord.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * E-mail to the users concerned, through an outbox: written in the caller's transaction (so no mail
 * leaves for a step that rolled back), sent after the commit (so a mail failure never rolls back a
 * decision).
 */
@Service
public class Notifications {

  private final Recipients recipients;
  private final MailWriter writer;
  private final OutboxRepository outbox;
  private final Forum forum;
  private final ApplicationEventPublisher events;
  private final MailSettings settings;

  Notifications(Recipients recipients, MailWriter writer, OutboxRepository outbox, Forum forum,
      ApplicationEventPublisher events, MailSettings settings) {
    this.recipients = recipients;
    this.writer = writer;
    this.outbox = outbox;
    this.forum = forum;
    this.events = events;
    this.settings = settings;
  }

  /** The outbox at a glance: pending, failed, sent since {@code since}, and whether mail is sent at all. */
  public OutboxCounts outboxCounts(OffsetDateTime since) {
    OutboxRepository.Backlog backlog = outbox.backlog(settings.maxAttempts());
    return new OutboxCounts(backlog.pending(), backlog.failed(), outbox.sentSince(since), settings.enabled());
  }

  /** Mails each of these users (Camunda user ids). */
  public void toUsers(Collection<String> userIds, Notice notice) {
    queue(recipients.resolve(userIds, List.of()), notice);
  }

  /** Mails every member of each of these Camunda groups, once per user. */
  public void toGroups(Collection<String> groupIds, Notice notice) {
    queue(recipients.resolve(List.of(), groupIds), notice);
  }

  /** Mails every member-state delegation, the chairs and the Secretariat. */
  public void toForum(Notice notice) {
    toGroups(forumGroups(), notice);
  }

  /** The forum and its observers, who attend the SOC's meetings: an agenda goes to all who sit at them. */
  public void toForumAndObservers(Notice notice) {
    List<String> groups = forumGroups();
    groups.add(ForumGroups.OBSERVERS);
    toGroups(groups, notice);
  }

  private List<String> forumGroups() {
    List<String> groups = new ArrayList<>(forum.memberStates().stream().map(Delegation::groupId).toList());
    groups.add(ForumGroups.CHAIRS);
    groups.add(ForumGroups.SECRETARIAT);
    return groups;
  }

  /** Queues one mail per recipient in the current transaction, each written in the recipient's language. */
  void queue(List<Recipient> to, Notice notice) {
    if (to.isEmpty()) {
      return;
    }
    // Delivery bookkeeping runs on real time, not the engine clock that tests may move.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    to.forEach(recipient -> outbox.add(notice.kind(), notice.reference(), recipient, writer.write(notice, recipient), now));
    events.publishEvent(new OutboxFilled());
  }
}
