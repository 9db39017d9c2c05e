package org.accord.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bulk copies of documents that Accord itself carried (through its services, the engine, its listeners): every row
 * Accord's tables hold for a template document, copied {@code copies} times by one INSERT ... SELECT per table, so
 * the copies have exactly the shape Accord wrote. Numeric ids are moved by a stride per copy, string ids of the engine
 * (process instance, task, activity instance) get a suffix, symbols and decision numbers a suffix, and every time is
 * moved back by {@code step} per copy. Camunda's own tables are not copied: the copies' process instances exist only
 * as ids (Accord's task list and dashboards read Accord's tables only). PostgreSQL only.
 */
final class Clones {

  /** Ids of the rows Accord wrote stay below it; copy k has its ids moved by k strides. */
  static final long STRIDE = 10_000_000L;

  private record Table(String name, String templateRows) {}

  private static final String DOCS = "(select document_id from bench_template)";
  private static final String ROUNDS = "(select id from negotiation_round where document_id in " + DOCS + ")";
  private static final String MEETINGS = "(select meeting_id from agenda_item where document_id in " + DOCS + ")";

  /** In the order of their foreign keys; every table of Accord's that holds a document's facts. */
  private static final List<Table> TABLES = List.of(
      new Table("document", "t.id in " + DOCS),
      new Table("document_version", "t.document_id in " + DOCS),
      new Table("document_routing", "t.document_id in " + DOCS),
      new Table("negotiation_round", "t.document_id in " + DOCS),
      new Table("delegation_position", "t.round_id in " + ROUNDS),
      new Table("position_change", "t.round_id in " + ROUNDS),
      new Table("round_extension", "t.document_id in " + DOCS),
      new Table("consensus_confirmation", "t.document_id in " + DOCS),
      new Table("chair_ruling", "t.document_id in " + DOCS),
      new Table("soc_route_choice", "t.document_id in " + DOCS),
      new Table("silence_procedure", "t.document_id in " + DOCS),
      new Table("soc_meeting", "t.id in " + MEETINGS),
      new Table("agenda_item", "t.document_id in " + DOCS),
      new Table("meeting_attendance", "t.meeting_id in " + MEETINGS),
      new Table("decision", "t.document_id in " + DOCS),
      new Table("decision_reservation", "t.decision_id in (select id from decision where document_id in " + DOCS + ")"),
      new Table("work_item", "t.document_id in " + DOCS),
      new Table("statistics_document", "t.document_id in " + DOCS),
      new Table("statistics_stage_time", "t.document_id in " + DOCS));

  private static final Set<String> NUMERIC_IDS = Set.of("id", "document_id", "version_id", "companion_version_id",
      "round_id", "meeting_id", "decision_id", "silence_procedure_id", "package_of");
  private static final Set<String> ENGINE_IDS = Set.of("process_instance_id", "task_id", "activity_instance_id");
  private static final Set<String> UNIQUE_TEXTS = Set.of("symbol", "document_symbol", "number");

  private Clones() {}

  /**
   * Copies the template documents {@code copies} times; returns the first copy's number (its ids start at that
   * number times the stride). The statistics' histograms count the copies as Accord's listeners would have.
   */
  static long copy(Connection connection, List<Long> templates, int copies, long stepSeconds, String timeZone)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      long first = firstFreeCopy(statement);
      long last = first + copies - 1;
      statement.execute("create temp table bench_template (document_id bigint primary key) on commit drop");
      try (PreparedStatement insert = connection.prepareStatement("insert into bench_template values (?)")) {
        for (long id : templates) {
          insert.setLong(1, id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      for (Table table : TABLES) {
        List<String[]> columns = columns(connection, table.name());
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] column : columns) {
          names.add(column[0]);
          values.add(expression(column[0], column[1], stepSeconds));
        }
        statement.execute("insert into " + table.name() + " (" + String.join(", ", names) + ") select "
            + String.join(", ", values) + " from " + table.name() + " t cross join generate_series(" + first + ", "
            + last + ") as g(k) where " + table.templateRows());
        if (names.contains("id")) {
          statement.execute("select setval(pg_get_serial_sequence('" + table.name() + "', 'id'), (select max(id) from "
              + table.name() + "))");
        }
      }
      countInHistograms(statement, first * STRIDE, (last + 1) * STRIDE, timeZone);
      connection.commit();
      return first;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The histograms (statistics_duration) count the copies' facts as the statistics' listeners count each. */
  private static void countInHistograms(Statement statement, long from, long until, String zone) throws SQLException {
    String inRange = " between " + from + " and " + (until - 1);
    String upsert = " on conflict (measure, fact_year, subject, stage, hours) do update"
        + " set occurrences = statistics_duration.occurrences + excluded.occurrences";
    String yearOf = "cast(extract(year from (%s at time zone '" + zone + "')) as integer)";
    String hours = "cast(floor(greatest(0, extract(epoch from (%s - %s))) / 3600) as integer)";
    statement.execute("insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)"
        + " select 'CYCLE', document_type, '', y, h, count(*) from (select document_type, "
        + yearOf.formatted("adopted_at") + " as y, " + hours.formatted("adopted_at", "created_at") + " as h"
        + " from statistics_document where adopted_at is not null and document_id" + inRange
        + " union all select document_type, 0, " + hours.formatted("adopted_at", "created_at")
        + " from statistics_document where adopted_at is not null and document_id" + inRange + ") f"
        + " group by document_type, y, h" + upsert);
    statement.execute("insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)"
        + " select 'STAGE', document_type, stage, y, h, count(*) from (select d.document_type, s.stage, y.y,"
        + " cast(s.seconds / 3600 as integer) as h from statistics_document d"
        + " join statistics_stage_time s on s.document_id = d.document_id"
        + " cross join lateral (values (0), (" + yearOf.formatted("d.adopted_at") + ")) as y(y)"
        + " where d.adopted_at is not null and d.stages_complete and d.document_id" + inRange + ") f"
        + " group by document_type, stage, y, h" + upsert);
    statement.execute("insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)"
        + " select 'RESPONSE', delegation_code, '', y, h, count(*) from (select p.delegation_code, y.y, "
        + hours.formatted("p.given_at", "r.opened_at") + " as h from delegation_position p"
        + " join negotiation_round r on r.id = p.round_id"
        + " cross join lateral (values (0), (" + yearOf.formatted("r.opened_at") + ")) as y(y)"
        + " where not p.by_silence and r.document_id" + inRange + ") f"
        + " group by delegation_code, y, h" + upsert);
  }

  private static String expression(String column, String type, long stepSeconds) {
    if (NUMERIC_IDS.contains(column) && type.equals("bigint")) {
      return "t." + column + " + cast(g.k as bigint) * " + STRIDE;
    }
    if (ENGINE_IDS.contains(column) && type.equals("character varying")) {
      return "t." + column + " || ':b' || g.k";
    }
    if (UNIQUE_TEXTS.contains(column) && type.equals("character varying")) {
      return "t." + column + " || '/' || g.k";
    }
    if (type.equals("timestamp with time zone")) {
      return "t." + column + " - g.k * interval '" + stepSeconds + " seconds'";
    }
    if (type.equals("date")) {
      return "cast(t." + column + " - g.k * interval '" + stepSeconds + " seconds' as date)";
    }
    return "t." + column;
  }

  private static List<String[]> columns(Connection connection, String table) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select column_name, data_type from information_schema.columns"
        + " where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("No table " + table);
    }
    return columns;
  }

  private static long firstFreeCopy(Statement statement) throws SQLException {
    long highest = 0;
    for (String table : List.of("document", "document_version", "negotiation_round", "delegation_position",
        "position_change", "decision", "soc_meeting", "agenda_item", "soc_route_choice", "consensus_confirmation")) {
      try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
        row.next();
        highest = Math.max(highest, row.getLong(1));
      }
    }
    return highest / STRIDE + 1;
  }
}
