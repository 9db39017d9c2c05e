package org.accord.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.accord.system.Hashing;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

  /** The hash before the first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final String SELECT = """
      select id, recorded_at, actor, action, subject, detail, previous_hash, hash from audit_entry
      """;

  private final JdbcClient jdbc;

  AuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Appends the entries in order, after the last one. The head row is locked until the transaction
   * commits: appends are taken last in a transaction (just before it commits), so the lock is short
   * and always the last one taken, and never part of a deadlock.
   */
  void append(List<Draft> drafts, OffsetDateTime now) {
    record Head(long lastId, String lastHash) {}
    Head head = jdbc.sql("select last_id, last_hash from audit_head where id = 1 for update")
        .query((rs, row) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
    long id = head.lastId();
    String previous = head.lastHash();
    OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    for (Draft draft : drafts) {
      id++;
      String hash = hash(previous, id, at, draft.actor(), draft.action(), draft.subject(), draft.detail());
      jdbc.sql("""
              insert into audit_entry (id, recorded_at, actor, action, subject, detail, previous_hash, hash)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, at, draft.actor(), draft.action(), draft.subject(), draft.detail(), previous, hash).update();
      previous = hash;
    }
    jdbc.sql("update audit_head set last_id = ?, last_hash = ? where id = 1").params(id, previous).update();
  }

  /** Every entry in order, one at a time: the chain can be longer than memory. */
  void walk(Consumer<AuditEntry> visit) {
    jdbc.sql(SELECT + " order by id").query((RowCallbackHandler) rs -> visit.accept(map(rs)));
  }

  List<AuditEntry> latest(int limit) {
    return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query((rs, row) -> map(rs)).list();
  }

  List<AuditEntry> latestOf(String action, int limit) {
    return jdbc.sql(SELECT + " where action = ? order by id desc limit ?").params(action, limit)
        .query((rs, row) -> map(rs)).list();
  }

  /** The last id and hash the head remembers: an entry cut from the end of the chain shows against it. */
  AuditEntry head() {
    return jdbc.sql("select last_id, last_hash from audit_head where id = 1")
        .query((rs, row) -> new AuditEntry(rs.getLong("last_id"), null, null, null, null, null, null,
            rs.getString("last_hash"))).single();
  }

  /** The hash of an entry: of the previous hash and of every field, in one fixed text. */
  static String hash(String previous, long id, OffsetDateTime at, String actor, String action, String subject,
      String detail) {
    String text = String.join("\n", previous, Long.toString(id),
        at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString(), orEmpty(actor), action,
        orEmpty(subject), orEmpty(detail));
    return Hashing.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    return new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("actor"),
        rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
