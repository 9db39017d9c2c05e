package org.accord.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.system.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

  private static final String SELECT = """
      select x.id, x.number, x.document_id, x.document_type, x.document_title, x.document_symbol, x.version_id,
             x.version_number, x.version_sha256, x.body, x.outcome, x.decided_by, x.decided_at, x.decided_on, x.note, x.meeting_id,
             x.meeting_title, x.silence_procedure_id, x.acting_for, x.signed_at
      from decision x""";

  /**
   * A decision as it is taken, with the facts of the act that the register keeps: {@code decidedOn}
   * the day of the act, {@code decidedAt} the moment it was entered.
   */
  record Act(String number, Document document, DocumentVersion version, String body, SocOutcome outcome,
      String decidedBy, String actingFor, OffsetDateTime signedAt, OffsetDateTime decidedAt, LocalDate decidedOn,
      String note, DecisionRegister.Venue venue, List<Reservation> reservations) {

    /** An act dated by the day it was entered, in UTC. */
    Act(String number, Document document, DocumentVersion version, String body, SocOutcome outcome, String decidedBy,
        OffsetDateTime decidedAt, String note, DecisionRegister.Venue venue, List<Reservation> reservations) {
      this(number, document, version, body, outcome, decidedBy, null, null, decidedAt,
          decidedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), note, venue, reservations);
    }
  }

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

  /** Written once: the register has no statement that changes a decision. */
  long insert(Act act) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into decision (number, document_id, document_type, document_title, document_symbol, version_id,
                                  version_number, version_sha256, body, outcome, decided_by, decided_at, decided_on,
                                  note, meeting_id, meeting_title, meeting_starts_at, silence_procedure_id, acting_for,
                                  signed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(act.number(), act.document().id(), act.document().type().name(), act.document().title(),
            act.document().symbol(), act.version().id(), act.version().number(), act.version().sha256(), act.body(),
            act.outcome().name(), act.decidedBy(), act.decidedAt(), act.decidedOn(), act.note(), act.venue().meetingId(),
            act.venue().meetingTitle(), act.venue().meetingStartsAt(), act.venue().silenceProcedureId(), act.actingFor(),
            act.signedAt())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (Reservation reservation : act.reservations()) {
      jdbc.sql("insert into decision_reservation (decision_id, delegation_code, text, source) values (?, ?, ?, ?)")
          .params(id, reservation.delegationCode(), reservation.text(), reservation.source().name()).update();
    }
    return id;
  }

  Optional<Decision> find(long id) {
    return withReservations(jdbc.sql(SELECT + " where x.id = ?").param(id).query(DecisionRepository::map).list())
        .stream().findFirst();
  }

  List<Decision> ofDocument(long documentId) {
    return withReservations(jdbc.sql(SELECT + " where x.document_id = ? order by x.decided_at, x.id")
        .param(documentId).query(DecisionRepository::map).list());
  }

  /** The next decisions after the given id, in order: the whole register, read a batch at a time. */
  List<Decision> after(long id, int limit) {
    return withReservations(jdbc.sql(SELECT + " where x.id > ? order by x.id limit ?")
        .params(id, limit).query(DecisionRepository::map).list());
  }

  List<Decision> ofMeeting(long meetingId) {
    return withReservations(jdbc.sql(SELECT + " where x.meeting_id = ? order by x.id")
        .param(meetingId).query(DecisionRepository::map).list());
  }

  List<Decision> page(RegisterFilter filter, int offset, int limit) {
    String sql = SELECT + " " + WHERE + " order by x.decided_at desc, x.id desc limit :limit offset :offset";
    return withReservations(where(jdbc.sql(sql), filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(DecisionRepository::map).list());
  }

  long count(RegisterFilter filter) {
    return where(jdbc.sql("select count(*) from decision x " + WHERE), filter).query(Long.class).single();
  }

  /** Counted by the database in one pass: the register holds thousands of decisions after a few years. */
  List<DecisionRegister.MonthTally> tally(Integer year) {
    String within = year == null ? "" : " where decided_on >= :from and decided_on < :until";
    JdbcClient.StatementSpec statement = jdbc.sql("select extract(year from decided_on) as decided_year,"
        + " extract(month from decided_on) as decided_month, outcome, count(*) as decisions from decision" + within
        + " group by extract(year from decided_on), extract(month from decided_on), outcome");
    if (year != null) {
      statement = statement.param("from", LocalDate.of(year, 1, 1)).param("until", LocalDate.of(year + 1, 1, 1));
    }
    return statement.query((rs, row) -> new DecisionRegister.MonthTally(rs.getInt("decided_year"),
        rs.getInt("decided_month"), SocOutcome.valueOf(rs.getString("outcome")), rs.getLong("decisions"))).list();
  }

  /** A decision's year is its number's: SOC/2022/7. */
  private static final String WHERE = """
       where (cast(:year as integer) is null or x.number like :prefix)
         and (cast(:text as varchar(1000)) is null
              or lower(x.document_symbol) like :text escape '\\' or lower(x.document_title) like :text escape '\\')""";

  private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, RegisterFilter filter) {
    return statement
        .param("year", filter.year())
        .param("prefix", "%/" + filter.year() + "/%")
        .param("text", filter.text() == null ? null : TextSearch.containing(filter.text()));
  }

  private List<Decision> withReservations(List<Decision> decisions) {
    if (decisions.isEmpty()) {
      return decisions;
    }
    Map<Long, List<Reservation>> byDecision = jdbc.sql("""
            select decision_id, delegation_code, text, source from decision_reservation
             where decision_id in (:ids) order by id""")
        .param("ids", decisions.stream().map(Decision::id).toList())
        .query((rs, row) -> Map.entry(rs.getLong("decision_id"), new Reservation(rs.getString("delegation_code"),
            rs.getString("text"), Reservation.Source.valueOf(rs.getString("source")))))
        .list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    List<Decision> complete = new ArrayList<>();
    for (Decision d : decisions) {
      complete.add(new Decision(d.id(), d.number(), d.documentId(), d.documentType(), d.documentTitle(),
          d.documentSymbol(), d.versionId(), d.versionNumber(), d.versionSha256(), d.body(), d.outcome(),
          d.decidedBy(), d.decidedAt(), d.note(), d.meetingId(), d.meetingTitle(), d.silenceProcedureId(),
          byDecision.getOrDefault(d.id(), List.of()), d.decidedOn(), d.actingFor(), d.signedAt()));
    }
    return complete;
  }

  private static Decision map(ResultSet rs, int row) throws SQLException {
    return new Decision(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getLong("document_id"),
        rs.getString("document_type"),
        rs.getString("document_title"),
        rs.getString("document_symbol"),
        rs.getLong("version_id"),
        rs.getInt("version_number"),
        rs.getString("version_sha256"),
        rs.getString("body"),
        SocOutcome.valueOf(rs.getString("outcome")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("note"),
        rs.getObject("meeting_id", Long.class),
        rs.getString("meeting_title"),
        rs.getObject("silence_procedure_id", Long.class),
        List.of(),
        rs.getObject("decided_on", LocalDate.class),
        rs.getString("acting_for"),
        rs.getObject("signed_at", OffsetDateTime.class));
  }
}
