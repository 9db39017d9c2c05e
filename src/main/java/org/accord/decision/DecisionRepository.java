package org.accord.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

  private static final String SELECT = """
      select x.id, x.number, x.document_id, d.title, d.symbol, x.version_id, v.number as version_number,
             v.sha256, x.body, x.outcome, x.decided_by, x.decided_at, x.note
      from decision x
      join document d on d.id = x.document_id
      join document_version v on v.id = x.version_id""";

  private final JdbcClient jdbc;

  DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of a body's decisions in a year: SOC/2022/7. The counter row serializes writers. */
  String nextNumber(String body, int year) {
    int updated = jdbc.sql("update decision_counter set last_number = last_number + 1 where body = ? and decision_year = ?")
        .params(body, year).update();
    if (updated == 0) {
      jdbc.sql("insert into decision_counter (body, decision_year, last_number) values (?, ?, 1)")
          .params(body, year).update();
    }
    int number = jdbc.sql("select last_number from decision_counter where body = ? and decision_year = ?")
        .params(body, year).query(Integer.class).single();
    return body + "/" + year + "/" + number;
  }

  long insert(String number, long documentId, long versionId, String body, SocOutcome outcome,
      String decidedBy, OffsetDateTime decidedAt, String note) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into decision (number, document_id, version_id, body, outcome, decided_by, decided_at, note)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, documentId, versionId, body, outcome.name(), decidedBy, decidedAt, note)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Decision> find(long id) {
    return jdbc.sql(SELECT + " where x.id = ?").param(id).query(DecisionRepository::map).optional();
  }

  List<Decision> ofDocument(long documentId) {
    return jdbc.sql(SELECT + " where x.document_id = ? order by x.decided_at, x.id").param(documentId)
        .query(DecisionRepository::map).list();
  }

  List<Decision> page(int offset, int limit) {
    return jdbc.sql(SELECT + " order by x.decided_at desc, x.id desc limit ? offset ?")
        .params(limit, offset).query(DecisionRepository::map).list();
  }

  long count() {
    return jdbc.sql("select count(*) from decision").query(Long.class).single();
  }

  private static Decision map(ResultSet rs, int row) throws SQLException {
    return new Decision(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getLong("document_id"),
        rs.getString("title"),
        rs.getString("symbol"),
        rs.getLong("version_id"),
        rs.getInt("version_number"),
        rs.getString("sha256"),
        rs.getString("body"),
        SocOutcome.valueOf(rs.getString("outcome")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("note"));
  }
}
