package org.accord.negotiation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.document.DocumentVersion;
import org.accord.document.SilenceRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

  private static final String SELECT = """
      select r.id, r.document_id, r.number, r.version_id, r.version_number, r.companion_version_id,
             r.opened_at, r.deadline, r.reminder_at, r.reminded_at, r.extended, r.silence_rule, r.closed_at, r.outcome
      from negotiation_round r""";

  /** The kinds that block consensus, as the SQL list the board counts them by: the enum decides, not the query. */
  private static final String BLOCKING_KINDS = Arrays.stream(PositionKind.values())
      .filter(PositionKind::blocksConsensus).map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));

  private final JdbcClient jdbc;

  RoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The round as it opens: which version it circulates, in which process instance, until when. */
  record Opening(long documentId, String processInstanceId, DocumentVersion version, Long companionVersionId,
      OffsetDateTime openedAt, RoundRules.Schedule schedule, SilenceRule silenceRule) {}

  /** Rounds open now, and of those the ones past their deadline: one indexed read of the open rounds. */
  OpenCount countOpen(OffsetDateTime now) {
    return jdbc.sql("""
            select count(*) as open, coalesce(sum(case when deadline < ? then 1 else 0 end), 0) as overdue
              from negotiation_round where closed_at is null""")
        .param(now)
        .query((rs, row) -> new OpenCount(rs.getLong("open"), rs.getLong("overdue")))
        .single();
  }

  record OpenCount(long open, long overdue) {}

  Round open(Opening opening) {
    long documentId = opening.documentId();
    int number = jdbc.sql("select coalesce(max(number), 0) + 1 from negotiation_round where document_id = ?")
        .param(documentId).query(Integer.class).single();
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into negotiation_round (document_id, number, process_instance_id, version_id, version_number,
              companion_version_id, opened_at, deadline, reminder_at, silence_rule)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(documentId, number, opening.processInstanceId(), opening.version().id(), opening.version().number(),
            opening.companionVersionId(), opening.openedAt(), opening.schedule().deadline(),
            opening.schedule().reminderAt(), opening.silenceRule().name())
        .update(keys, "id");
    return find(keys.getKey().longValue()).orElseThrow();
  }

  Optional<Round> find(long id) {
    return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RoundRepository::map).optional();
  }

  /** The round run by this instance of negotiation-round. */
  Optional<Round> ofProcess(String processInstanceId) {
    return jdbc.sql(SELECT + " where r.process_instance_id = ?").param(processInstanceId).query(RoundRepository::map)
        .optional();
  }

  /** Reads the round and holds its row until the transaction ends: its close and a change of position queue. */
  Optional<Round> lock(long id) {
    return jdbc.sql(SELECT + " where r.id = ? for update").param(id).query(RoundRepository::map).optional();
  }

  Optional<Round> latest(long documentId) {
    return jdbc.sql(SELECT + " where r.document_id = ? order by r.number desc limit 1")
        .param(documentId).query(RoundRepository::map).optional();
  }

  List<Round> all(long documentId) {
    return jdbc.sql(SELECT + " where r.document_id = ? order by r.number").param(documentId)
        .query(RoundRepository::map).list();
  }

  /**
   * Every round still open, soonest deadline first, with how many member states have answered in
   * their own words and how many positions block consensus: one query, counted by the database.
   */
  List<Negotiation.OpenRound> openWithCounts(int memberStates, int limit) {
    return jdbc.sql(SELECT.replace("from negotiation_round r", """
            , (select count(*) from delegation_position p where p.round_id = r.id and not p.by_silence) as answered,
              (select count(*) from delegation_position p where p.round_id = r.id
                 and p.kind in (%s)) as blocking
            from negotiation_round r""".formatted(BLOCKING_KINDS))
            + " where r.closed_at is null order by r.deadline, r.id limit ?")
        .param(limit)
        .query((rs, row) -> {
          int answered = rs.getInt("answered");
          return new Negotiation.OpenRound(map(rs, row), answered, Math.max(memberStates - answered, 0),
              rs.getInt("blocking"));
        })
        .list();
  }

  void extend(long roundId, RoundRules.Schedule schedule) {
    jdbc.sql("update negotiation_round set deadline = ?, reminder_at = ?, extended = true where id = ?")
        .params(schedule.deadline(), schedule.reminderAt(), roundId).update();
  }

  /** The process instance that runs the round: the SWG Chair's extension is correlated to it. */
  String processOf(long roundId) {
    return jdbc.sql("select process_instance_id from negotiation_round where id = ?").param(roundId)
        .query(String.class).single();
  }

  /** The SWG Chair's extension: the round's deadline and reminder move, the record keeps the old deadline. */
  void extendByChair(Round round, RoundRules.Schedule schedule, String reason, String userId, String actingFor,
      OffsetDateTime now) {
    jdbc.sql("update negotiation_round set deadline = ?, reminder_at = ? where id = ?")
        .params(schedule.deadline(), schedule.reminderAt(), round.id()).update();
    jdbc.sql("""
            insert into round_extension (round_id, document_id, previous_deadline, new_deadline, reason,
              extended_by, extended_at, acting_for)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(round.id(), round.documentId(), round.deadline(), schedule.deadline(), reason, userId, now, actingFor)
        .update();
  }

  private static final String EXTENSIONS = """
      select e.id, e.round_id, e.document_id, r.number, e.previous_deadline, e.new_deadline, e.reason,
             e.extended_by, e.extended_at, e.acting_for
      from round_extension e join negotiation_round r on r.id = e.round_id""";

  /** The SWG Chair's extensions on a document, oldest first. */
  List<RoundExtension> extensions(long documentId) {
    return jdbc.sql(EXTENSIONS + " where e.document_id = ? order by e.extended_at, e.id").param(documentId)
        .query(RoundRepository::mapExtension).list();
  }

  /** The latest of the SWG Chair's extensions of a round, if any. */
  Optional<RoundExtension> latestExtension(long roundId) {
    return jdbc.sql(EXTENSIONS + " where e.round_id = ? order by e.id desc limit 1").param(roundId)
        .query(RoundRepository::mapExtension).optional();
  }

  private static RoundExtension mapExtension(ResultSet rs, int row) throws SQLException {
    return new RoundExtension(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("document_id"), rs.getInt("number"),
        rs.getObject("previous_deadline", OffsetDateTime.class), rs.getObject("new_deadline", OffsetDateTime.class),
        rs.getString("reason"), rs.getString("extended_by"), rs.getObject("extended_at", OffsetDateTime.class),
        rs.getString("acting_for"));
  }

  void reminded(long roundId, OffsetDateTime now) {
    jdbc.sql("update negotiation_round set reminded_at = ? where id = ?").params(now, roundId).update();
  }

  void close(long roundId, RoundOutcome outcome, OffsetDateTime now) {
    jdbc.sql("update negotiation_round set closed_at = ?, outcome = ? where id = ?")
        .params(now, outcome.name(), roundId).update();
  }

  void confirmConsensus(long documentId, long roundId, String userId, String actingFor, String note,
      OffsetDateTime now) {
    jdbc.sql("""
            insert into consensus_confirmation (document_id, round_id, confirmed_by, confirmed_at, note, acting_for)
            values (?, ?, ?, ?, ?, ?)""")
        .params(documentId, roundId, userId, now, note, actingFor).update();
  }

  List<ConsensusConfirmation> confirmations(long documentId) {
    return jdbc.sql("""
            select id, document_id, round_id, confirmed_by, confirmed_at, note, acting_for
            from consensus_confirmation where document_id = ? order by confirmed_at""")
        .param(documentId)
        .query((rs, row) -> new ConsensusConfirmation(rs.getLong("id"), rs.getLong("document_id"),
            rs.getLong("round_id"), rs.getString("confirmed_by"),
            rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("note"), rs.getString("acting_for")))
        .list();
  }

  void rule(long documentId, int afterRound, ChairRuling.Ruling ruling, String userId, String actingFor, String note,
      OffsetDateTime now) {
    jdbc.sql("""
            insert into chair_ruling (document_id, after_round, ruling, ruled_by, ruled_at, note, acting_for)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(documentId, afterRound, ruling.name(), userId, now, note, actingFor).update();
  }

  List<ChairRuling> rulings(long documentId) {
    return jdbc.sql("""
            select id, document_id, after_round, ruling, ruled_by, ruled_at, note, acting_for
            from chair_ruling where document_id = ? order by ruled_at, id""")
        .param(documentId)
        .query((rs, row) -> new ChairRuling(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("after_round"),
            ChairRuling.Ruling.valueOf(rs.getString("ruling")), rs.getString("ruled_by"),
            rs.getObject("ruled_at", OffsetDateTime.class), rs.getString("note"), rs.getString("acting_for")))
        .list();
  }

  private static Round map(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    String rule = rs.getString("silence_rule");
    return new Round(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getInt("number"),
        rs.getLong("version_id"),
        rs.getInt("version_number"),
        rs.getObject("companion_version_id", Long.class),
        rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("deadline", OffsetDateTime.class),
        rs.getObject("reminder_at", OffsetDateTime.class),
        rs.getObject("reminded_at", OffsetDateTime.class),
        rs.getBoolean("extended"),
        rule == null ? SilenceRule.NO_OBJECTION : SilenceRule.valueOf(rule),
        rs.getObject("closed_at", OffsetDateTime.class),
        outcome == null ? null : RoundOutcome.valueOf(outcome));
  }
}
