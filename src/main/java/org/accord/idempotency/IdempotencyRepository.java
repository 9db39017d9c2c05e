package org.accord.idempotency;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdempotencyRepository {

  private final JdbcClient jdbc;

  IdempotencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<KeptAnswer> find(String user, String key) {
    return jdbc.sql("""
            select fingerprint, claimed_at, status, content_type, location, body
            from idempotency_key where user_id = ? and idem_key = ?""")
        .params(user, key)
        .query((row, n) -> new KeptAnswer(row.getString("fingerprint"),
            row.getObject("claimed_at", OffsetDateTime.class), (Integer) row.getObject("status"),
            row.getString("content_type"), row.getString("location"), row.getBytes("body")))
        .optional();
  }

  /**
   * Claims the key in the caller's transaction. A twin request holding the same key uncommitted makes
   * this wait for it (the primary key), then fail with a duplicate key once it committed.
   */
  void claim(String user, String key, String fingerprint, OffsetDateTime now) {
    jdbc.sql("insert into idempotency_key (user_id, idem_key, fingerprint, claimed_at) values (?, ?, ?, ?)")
        .params(user, key, fingerprint, now).update();
  }

  void keep(String user, String key, int status, String contentType, String location, byte[] body) {
    jdbc.sql("""
            update idempotency_key set status = ?, content_type = ?, location = ?, body = ?
            where user_id = ? and idem_key = ?""")
        .params(status, contentType, location, body, user, key).update();
  }

  int forgetClaimedBefore(OffsetDateTime cutoff) {
    return jdbc.sql("delete from idempotency_key where claimed_at < ?").param(cutoff).update();
  }
}
