package org.accord.negotiation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Positions as they stand, and the append-only record of every position given or changed. */
@Repository
class PositionRepository {

  private static final String SELECT = """
      select id, round_id, delegation_code, kind, text, anchor, by_silence, given_by, given_at, changed_at
      from delegation_position""";

  private static final String CHANGES = """
      select id, delegation_code, kind, text, anchor, by_silence, changed_by, changed_at
      from position_change""";

  private final JdbcClient jdbc;

  PositionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long roundId, String delegationCode, PositionKind kind, String text, String anchor, boolean bySilence,
      String givenBy, OffsetDateTime now) {
    jdbc.sql("""
            insert into delegation_position (round_id, delegation_code, kind, text, anchor, by_silence, given_by, given_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(roundId, delegationCode, kind.name(), text, anchor, bySilence, givenBy, now)
        .update();
    recordChange(roundId, delegationCode, kind, text, anchor, bySilence, givenBy, now);
  }

  void change(long roundId, String delegationCode, PositionKind kind, String text, String anchor, String changedBy,
      OffsetDateTime now) {
    jdbc.sql("""
            update delegation_position set kind = ?, text = ?, anchor = ?, by_silence = false, changed_at = ?
             where round_id = ? and delegation_code = ?""")
        .params(kind.name(), text, anchor, now, roundId, delegationCode)
        .update();
    recordChange(roundId, delegationCode, kind, text, anchor, false, changedBy, now);
  }

  Optional<Position> find(long roundId, String delegationCode) {
    return jdbc.sql(SELECT + " where round_id = ? and delegation_code = ?")
        .params(roundId, delegationCode).query(PositionRepository::map).optional();
  }

  List<Position> ofRound(long roundId) {
    return jdbc.sql(SELECT + " where round_id = ? order by delegation_code").param(roundId)
        .query(PositionRepository::map).list();
  }

  /**
   * A position given in a round still open. The open rounds' ids come first, as one array: the positions
   * are then found through their (round, delegation) index, where a join on the open rounds would have
   * PostgreSQL read every position ever given.
   */
  private static final String IN_AN_OPEN_ROUND =
      "p.round_id = any(array(select id from negotiation_round where closed_at is null))";

  /** The positions these delegations hold in rounds still open, soonest deadline first. */
  List<Negotiation.OpenPosition> inOpenRounds(Collection<String> delegationCodes) {
    if (delegationCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select r.document_id, r.number as round_number, r.deadline, p.id, p.round_id, p.delegation_code, p.kind,
                   p.text, p.anchor, p.by_silence, p.given_by, p.given_at, p.changed_at
            from delegation_position p join negotiation_round r on r.id = p.round_id
            where %s and p.delegation_code in (:codes)
            order by r.deadline, r.document_id, p.delegation_code""".formatted(IN_AN_OPEN_ROUND))
        .param("codes", delegationCodes)
        .query((rs, row) -> new Negotiation.OpenPosition(rs.getLong("document_id"), rs.getInt("round_number"),
            rs.getObject("deadline", OffsetDateTime.class), map(rs, row)))
        .list();
  }

  /** For each delegation named: in how many open rounds it holds a position, and in how many of those overdue. */
  Map<String, Negotiation.OpenRoundTotals.Answered> answeredInOpenRounds(Collection<String> delegationCodes,
      OffsetDateTime now) {
    if (delegationCodes.isEmpty()) {
      return Map.of();
    }
    Map<String, Negotiation.OpenRoundTotals.Answered> answered = new HashMap<>();
    jdbc.sql("""
            select p.delegation_code, count(*) as rounds,
                   coalesce(sum(case when r.deadline < :now then 1 else 0 end), 0) as overdue
            from delegation_position p join negotiation_round r on r.id = p.round_id
            where %s and p.delegation_code in (:codes)
            group by p.delegation_code""".formatted(IN_AN_OPEN_ROUND))
        .param("now", now).param("codes", delegationCodes)
        .query((RowCallbackHandler) rs -> answered.put(rs.getString("delegation_code"),
            new Negotiation.OpenRoundTotals.Answered(rs.getInt("rounds"), rs.getInt("overdue"))));
    return answered;
  }

  Map<Long, Set<String>> delegationsIn(Collection<Long> roundIds, Collection<String> delegationCodes) {
    if (roundIds.isEmpty() || delegationCodes.isEmpty()) {
      return Map.of();
    }
    Map<Long, Set<String>> delegations = new HashMap<>();
    jdbc.sql("select round_id, delegation_code from delegation_position where round_id in (:rounds)"
            + " and delegation_code in (:codes)")
        .param("rounds", roundIds).param("codes", delegationCodes)
        .query((RowCallbackHandler) rs -> delegations.computeIfAbsent(rs.getLong("round_id"), round -> new HashSet<>())
            .add(rs.getString("delegation_code")));
    return delegations;
  }

  List<PositionChange> changes(long roundId) {
    return jdbc.sql(CHANGES + " where round_id = ? order by changed_at, id")
        .param(roundId).query(PositionRepository::change).list();
  }

  /** One delegation's statements in a round, oldest first. */
  List<PositionChange> changesOf(long roundId, String delegationCode) {
    return jdbc.sql(CHANGES + " where round_id = ? and delegation_code = ? order by changed_at, id")
        .params(roundId, delegationCode).query(PositionRepository::change).list();
  }

  private void recordChange(long roundId, String delegationCode, PositionKind kind, String text, String anchor,
      boolean bySilence, String userId, OffsetDateTime now) {
    jdbc.sql("""
            insert into position_change (round_id, delegation_code, kind, text, anchor, by_silence, changed_by, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(roundId, delegationCode, kind.name(), text, anchor, bySilence, userId, now)
        .update();
  }

  private static PositionChange change(ResultSet rs, int row) throws SQLException {
    return new PositionChange(rs.getLong("id"), rs.getString("delegation_code"),
        PositionKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("anchor"),
        rs.getBoolean("by_silence"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class));
  }

  private static Position map(ResultSet rs, int row) throws SQLException {
    return new Position(
        rs.getLong("id"),
        rs.getLong("round_id"),
        rs.getString("delegation_code"),
        PositionKind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        rs.getString("anchor"),
        rs.getBoolean("by_silence"),
        rs.getString("given_by"),
        rs.getObject("given_at", OffsetDateTime.class),
        rs.getObject("changed_at", OffsetDateTime.class));
  }
}
