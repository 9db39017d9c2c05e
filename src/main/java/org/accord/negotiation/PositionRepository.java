package org.accord.negotiation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PositionRepository {

  private static final String SELECT = """
      select id, round_id, delegation_code, kind, text, given_by, given_at from delegation_position""";

  private final JdbcClient jdbc;

  PositionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long roundId, String delegationCode, PositionKind kind, String text, String givenBy,
      OffsetDateTime now) {
    jdbc.sql("""
            insert into delegation_position (round_id, delegation_code, kind, text, given_by, given_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(roundId, delegationCode, kind.name(), text, givenBy, now)
        .update();
  }

  Optional<Position> find(long roundId, String delegationCode) {
    return jdbc.sql(SELECT + " where round_id = ? and delegation_code = ?")
        .params(roundId, delegationCode).query(PositionRepository::map).optional();
  }

  List<Position> ofRound(long roundId) {
    return jdbc.sql(SELECT + " where round_id = ? order by delegation_code").param(roundId)
        .query(PositionRepository::map).list();
  }

  private static Position map(ResultSet rs, int row) throws SQLException {
    return new Position(
        rs.getLong("id"),
        rs.getLong("round_id"),
        rs.getString("delegation_code"),
        PositionKind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        rs.getString("given_by"),
        rs.getObject("given_at", OffsetDateTime.class));
  }
}
