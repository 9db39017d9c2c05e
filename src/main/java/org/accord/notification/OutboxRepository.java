package org.accord.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Writes take part in the caller's transaction through Spring's transaction-bound
 * connection; the sender's calls run outside any transaction, one statement each.
 */
@Repository
class OutboxRepository {

  static final int BODY_PREVIEW = 1000;

  private static final String STATUS = """
      case when sent_at is not null then 'SENT' when attempts >= :maxAttempts then 'FAILED' else 'PENDING' end""";

  private static final String SELECT = "select id, kind, reference, recipient_user, recipient_email, subject,"
      + " substring(body from 1 for " + (BODY_PREVIEW + 1) + ") as body_start, " + STATUS + " as status,"
      + " attempts, last_error, created_at, next_attempt_at, sent_at from notification_outbox";

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues one mail; column limits are enforced by clipping, so a long subject never fails the caller. */
  void add(String kind, String reference, Recipient recipient, MailWriter.Mail mail, OffsetDateTime now) {
    jdbc.sql("""
            insert into notification_outbox (kind, reference, recipient_user, recipient_email, subject, body,
                                             created_at, attempts, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, 0, ?)""")
        .params(clip(Objects.requireNonNullElse(kind, "NOTICE"), 64),
            clip(reference, 200),
            recipient.userId(),
            recipient.email(),
            clip(Objects.requireNonNullElse(mail.subject(), ""), 500),
            Objects.requireNonNullElse(mail.body(), ""),
            now, now)
        .update();
  }

  /** Unsent mails due for an attempt and not held by a live claim, oldest due first. */
  List<Long> due(OffsetDateTime now, OffsetDateTime abandonedBefore, int maxAttempts, int limit) {
    return jdbc.sql("""
            select id from notification_outbox
             where sent_at is null and next_attempt_at <= ? and attempts < ?
               and (claimed_at is null or claimed_at < ?)
             order by next_attempt_at, id limit ?""")
        .params(now, maxAttempts, abandonedBefore, limit)
        .query(Long.class)
        .list();
  }

  /**
   * Claims one mail for this node. The conditional update is the lock: of several nodes racing for
   * the same row, exactly one sees a row count of 1.
   */
  Optional<OutboxMail> claim(long id, String node, OffsetDateTime now, OffsetDateTime abandonedBefore) {
    int claimed = jdbc.sql("""
            update notification_outbox set claimed_by = ?, claimed_at = ?
             where id = ? and sent_at is null and (claimed_at is null or claimed_at < ?)""")
        .params(node, now, id, abandonedBefore)
        .update();
    return claimed != 1 ? Optional.empty() : claimedBy(id, node);
  }

  private Optional<OutboxMail> claimedBy(long id, String node) {
    return jdbc.sql("""
            select id, recipient_email, subject, body, attempts from notification_outbox
             where id = ? and claimed_by = ?""")
        .params(id, node)
        .query((rs, row) -> new OutboxMail(rs.getLong("id"), rs.getString("recipient_email"),
            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
        .optional();
  }

  void markSent(long id, String node, OffsetDateTime now) {
    jdbc.sql("""
            update notification_outbox
               set sent_at = ?, attempts = attempts + 1, claimed_by = null, claimed_at = null
             where id = ? and claimed_by = ?""")
        .params(now, id, node)
        .update();
  }

  void markFailed(long id, String node, String error, OffsetDateTime nextAttemptAt) {
    jdbc.sql("""
            update notification_outbox
               set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_by = null, claimed_at = null
             where id = ? and claimed_by = ?""")
        .params(clip(error, 2000), nextAttemptAt, id, node)
        .update();
  }

  /** A page of the outbox, newest first, optionally of one status or one recipient. */
  List<OutboxEntry> page(OutboxStatus status, String recipientUser, int maxAttempts, int offset, int limit) {
    return page(new OutboxFilter(status, recipientUser, null), maxAttempts, offset, limit);
  }

  long count(OutboxStatus status, String recipientUser, int maxAttempts) {
    return count(new OutboxFilter(status, recipientUser, null), maxAttempts);
  }

  /** A page of the mails the filter lets through, newest first. */
  List<OutboxEntry> page(OutboxFilter filter, int maxAttempts, int offset, int limit) {
    return filter.bind(jdbc.sql(SELECT + filter.where() + " order by id desc limit :limit offset :offset"))
        .param("maxAttempts", maxAttempts)
        .param("limit", limit)
        .param("offset", offset)
        .query(OutboxRepository::entry)
        .list();
  }

  long count(OutboxFilter filter, int maxAttempts) {
    return filter.bind(jdbc.sql("select count(*) from notification_outbox" + filter.where()))
        .param("maxAttempts", maxAttempts)
        .query(Long.class)
        .single();
  }

  /**
   * How many mails wait and how many failed for good, in one read of the unsent rows only (the
   * index on sent_at and attempts), however many were sent over the years.
   */
  Backlog backlog(int maxAttempts) {
    return jdbc.sql("""
            select coalesce(sum(case when attempts < :maxAttempts then 1 else 0 end), 0) as pending,
                   coalesce(sum(case when attempts >= :maxAttempts then 1 else 0 end), 0) as failed
              from notification_outbox where sent_at is null""")
        .param("maxAttempts", maxAttempts)
        .query((rs, row) -> new Backlog(rs.getLong("pending"), rs.getLong("failed")))
        .single();
  }

  /** The mails not sent yet: those still being tried, and those given up. */
  record Backlog(long pending, long failed) {}

  Optional<OutboxEntry> find(long id, int maxAttempts) {
    return jdbc.sql(SELECT + " where id = :id")
        .param("maxAttempts", maxAttempts)
        .param("id", id)
        .query(OutboxRepository::entry)
        .optional();
  }

  /**
   * Claims a mail that failed for good, for one more attempt now. Like {@link #claim}, the
   * conditional update is the lock: of two administrators retrying the same mail (or two nodes), one
   * gets it; the poller never offers a failed mail, so it cannot race either.
   */
  Optional<OutboxMail> claimFailed(long id, String node, OffsetDateTime now, OffsetDateTime abandonedBefore,
      int maxAttempts) {
    int claimed = jdbc.sql("""
            update notification_outbox set claimed_by = ?, claimed_at = ?
             where id = ? and sent_at is null and attempts >= ? and (claimed_at is null or claimed_at < ?)""")
        .params(node, now, id, maxAttempts, abandonedBefore)
        .update();
    return claimed != 1 ? Optional.empty() : claimedBy(id, node);
  }

  /** When a live claim on the mail was taken, if one is held: some node is sending it now. */
  Optional<OffsetDateTime> claimedSince(long id, OffsetDateTime abandonedBefore) {
    return jdbc.sql("select claimed_at from notification_outbox where id = ? and claimed_at >= ?")
        .params(id, abandonedBefore)
        .query((rs, row) -> rs.getObject("claimed_at", OffsetDateTime.class))
        .optional();
  }

  /**
   * The mails sent since a moment: an indexed read (the index starts with sent_at), never the whole
   * table, which keeps every mail ever sent.
   */
  long sentSince(OffsetDateTime since) {
    return jdbc.sql("select count(*) from notification_outbox where sent_at >= ?").param(since)
        .query(Long.class).single();
  }

  private static String where(OutboxStatus status, String recipientUser) {
    String byStatus = status == null ? "1 = 1" : switch (status) {
      case PENDING -> "sent_at is null and attempts < :maxAttempts";
      case SENT -> "sent_at is not null";
      case FAILED -> "sent_at is null and attempts >= :maxAttempts";
    };
    String byRecipient = recipientUser == null ? "" : " and recipient_user = :recipient";
    return " where " + byStatus + byRecipient;
  }

  private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
    String body = rs.getString("body_start");
    return new OutboxEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("reference"),
        rs.getString("recipient_user"), rs.getString("recipient_email"), rs.getString("subject"),
        body.length() > BODY_PREVIEW ? body.substring(0, BODY_PREVIEW) + "…" : body,
        OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class));
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
