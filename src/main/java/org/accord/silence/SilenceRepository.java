package org.accord.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SilenceRepository {

  private static final String SELECT = """
      select id, document_id, process_instance_id, version_id, status, started_by, started_acting_for, started_at,
             expires_at, note, broken_by, broken_by_delegation, broken_at, break_kind, break_text, chair_choice, chosen_by,
             chosen_acting_for, closed_at
      from silence_procedure""";

  private final JdbcClient jdbc;

  SilenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long start(long documentId, String processInstanceId, long versionId, String startedBy, String actingFor,
      OffsetDateTime now, OffsetDateTime expiresAt, String note) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into silence_procedure (document_id, process_instance_id, version_id, status, started_by, started_at,
              expires_at, note, started_acting_for)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(documentId, processInstanceId, versionId, SilenceStatus.RUNNING.name(), startedBy, now, expiresAt, note,
            actingFor)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<SilenceProcedure> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(SilenceRepository::map).optional();
  }

  /** The procedure run by this instance of silence-procedure. */
  Optional<SilenceProcedure> ofProcess(String processInstanceId) {
    return jdbc.sql(SELECT + " where process_instance_id = ?").param(processInstanceId)
        .query(SilenceRepository::map).optional();
  }

  Optional<SilenceProcedure> latest(long documentId) {
    return jdbc.sql(SELECT + " where document_id = ? order by started_at desc, id desc limit 1")
        .param(documentId).query(SilenceRepository::map).optional();
  }

  List<SilenceProcedure> ofDocument(long documentId) {
    return jdbc.sql(SELECT + " where document_id = ? order by started_at, id").param(documentId)
        .query(SilenceRepository::map).list();
  }

  List<SilenceProcedure> page(SilenceStatus status, int offset, int limit) {
    return jdbc.sql(SELECT + " " + """
             where (cast(:status as varchar(32)) is null or status = :status)
             order by started_at desc, id desc limit :limit offset :offset""")
        .param("status", status == null ? null : status.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(SilenceRepository::map).list();
  }

  long count(SilenceStatus status) {
    return jdbc.sql("select count(*) from silence_procedure where (cast(:status as varchar(32)) is null or status = :status)")
        .param("status", status == null ? null : status.name())
        .query(Long.class).single();
  }

  Map<SilenceStatus, Long> countByStatus(OffsetDateTime from, OffsetDateTime until) {
    String within = from == null ? "" : " where started_at >= :from and started_at < :until";
    JdbcClient.StatementSpec statement = jdbc.sql(
        "select status, count(*) as procedures from silence_procedure" + within + " group by status");
    if (from != null) {
      statement = statement.param("from", from).param("until", until);
    }
    return statement.query((rs, row) -> Map.entry(SilenceStatus.valueOf(rs.getString("status")), rs.getLong("procedures")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  void recordBreak(long id, String userId, String delegationCode, String kind, String text, OffsetDateTime now) {
    jdbc.sql("""
            update silence_procedure set status = ?, broken_by = ?, broken_by_delegation = ?, broken_at = ?,
                   break_kind = ?, break_text = ?
             where id = ?""")
        .params(SilenceStatus.BROKEN.name(), userId, delegationCode, now, kind, text, id).update();
  }

  void recordChoice(long id, String choice, String chosenBy, String actingFor, OffsetDateTime signedAt,
      OffsetDateTime now) {
    jdbc.sql("""
            update silence_procedure set chair_choice = ?, chosen_by = ?, chosen_acting_for = ?, chosen_signed_at = ?,
              closed_at = ?
             where id = ?""")
        .params(choice, chosenBy, actingFor, signedAt, now, id).update();
  }

  void close(long id, SilenceStatus status, OffsetDateTime now) {
    jdbc.sql("update silence_procedure set status = ?, closed_at = ? where id = ?").params(status.name(), now, id).update();
  }

  private static SilenceProcedure map(ResultSet rs, int row) throws SQLException {
    return new SilenceProcedure(
        rs.getLong("id"),
        rs.getLong("document_id"),
        rs.getString("process_instance_id"),
        rs.getLong("version_id"),
        SilenceStatus.valueOf(rs.getString("status")),
        rs.getString("started_by"),
        rs.getString("started_acting_for"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("expires_at", OffsetDateTime.class),
        rs.getString("note"),
        rs.getString("broken_by"),
        rs.getString("broken_by_delegation"),
        rs.getObject("broken_at", OffsetDateTime.class),
        rs.getString("break_kind"),
        rs.getString("break_text"),
        rs.getString("chair_choice"),
        rs.getString("chosen_by"),
        rs.getString("chosen_acting_for"),
        rs.getObject("closed_at", OffsetDateTime.class));
  }
}
