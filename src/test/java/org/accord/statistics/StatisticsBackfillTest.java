package org.accord.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.accord.decision.DecisionRegister;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.silence.SilenceProcedures;
import org.accord.system.AccordClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The statistics' migration on H2 fills the figures from what the records held before it. */
class StatisticsBackfillTest {

  private static final OffsetDateTime CREATED = OffsetDateTime.of(2022, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void shouldFillTheFiguresFromTheRecordsAlreadyThere() {
    // given a database before the statistics, with an adopted paper, a paper in negotiation and a fresh draft
    DataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    for (String code : new String[] {"KZ", "IN"}) {
      jdbc.sql("insert into delegation (code, name, kind, group_id) values (?, ?, 'MEMBER_STATE', ?)")
          .params(code, code, "delegation-" + code.toLowerCase()).update();
    }
    long adopted = document(jdbc, "ADOPTED", OffsetDateTime.of(2022, 12, 16, 8, 0, 0, 0, ZoneOffset.UTC));
    long inNegotiation = document(jdbc, "IN_NEGOTIATION", CREATED.plusDays(2));
    long draft = document(jdbc, "AWAITING_DRAFT", CREATED);
    jdbc.sql("""
            insert into document_version (document_id, number, media_type, content, size_bytes, sha256, uploaded_by, uploaded_at)
            values (?, 1, 'text/plain', ?, 1, ?, 'test', ?)""")
        .params(adopted, new byte[] {'x'}, "0".repeat(64), CREATED).update();
    jdbc.sql("""
            insert into negotiation_round (document_id, number, version_id, opened_at, closed_at, outcome)
            values (?, 1, (select max(id) from document_version), ?, ?, 'CONSENSUS')""")
        .params(adopted, CREATED.plusDays(1), CREATED.plusDays(15)).update();
    position(jdbc, "KZ", CREATED.plusDays(1).plusHours(5).plusMinutes(30), false);
    position(jdbc, "IN", CREATED.plusDays(15), true);

    // when the statistics' migration runs
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    // then each document is followed, the adopted one with its cycle and rounds, only the fresh draft with all its stages
    assertThat(jdbc.sql("select document_id, status, rounds, stages_complete from statistics_document order by document_id")
        .query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getBoolean(4)).list())
        .containsExactly(adopted + " ADOPTED 1 false", inNegotiation + " IN_NEGOTIATION 0 false",
            draft + " AWAITING_DRAFT 0 true");
    Statistics statistics = statistics(jdbc, dataSource);
    assertThat(statistics.cycleTimes(2022).types().get(0))
        .isEqualTo(new CycleTimes.Cycle(DocumentType.CONCEPT_PAPER, 1, 1088.0, 1088.0));
    assertThat(statistics.responseTimes(2022).delegations())
        .containsExactly(new ResponseTimes.Response(1, "KZ", 1, 5.0));
    assertThat(statistics.stageTimes(null).stages()).isEmpty();
  }

  private static long document(JdbcClient jdbc, String status, OffsetDateTime changed) {
    jdbc.sql("""
            insert into document (type, title, coordinator_code, status, created_by, created_at, updated_at)
            values ('CONCEPT_PAPER', ?, 'KZ', ?, 'kz.delegate1', ?, ?)""")
        .params("A paper " + status, status, CREATED, changed).update();
    return jdbc.sql("select max(id) from document").query(Long.class).single();
  }

  private static void position(JdbcClient jdbc, String delegation, OffsetDateTime given, boolean bySilence) {
    jdbc.sql("""
            insert into delegation_position (round_id, delegation_code, kind, given_by, given_at, by_silence)
            values ((select max(id) from negotiation_round), ?, 'NO_OBJECTION', 'test', ?, ?)""")
        .params(delegation, given, bySilence).update();
  }

  private static Statistics statistics(JdbcClient jdbc, DataSource dataSource) {
    Forum forum = mock(Forum.class);
    when(forum.timeZone()).thenReturn(ZoneId.of("Asia/Almaty"));
    return new Statistics(new StatisticsRepository(jdbc, new JdbcTransactionManager(dataSource)), mock(Documents.class), mock(Negotiation.class),
        mock(DecisionRegister.class), mock(SilenceProcedures.class), forum, mock(AccordClock.class));
  }
}
