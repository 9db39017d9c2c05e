package org.accord.statistics;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.system.BeforeCommit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The statistics' own tables: written as the procedure runs, read by the figures. */
@Repository
class StatisticsRepository {

  /** Where a document stands as the statistics follow it. */
  record Standing(DocumentType type, DocumentStatus status, OffsetDateTime since, OffsetDateTime createdAt,
      boolean stagesComplete) {}

  /** One bar of a histogram: so many facts of a subject (and a stage) took so many whole hours. */
  record Bucket(String subject, String stage, int hours, long occurrences) {}

  record StageCount(DocumentStatus stage, DocumentType type, long documents) {}

  record RoundsCount(DocumentType type, int rounds, long documents) {}

  record MonthCount(int year, int month, long documents) {}

  /** The histograms' year that holds every year together. */
  static final int EVERY_YEAR = 0;

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  StatisticsRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  // ---- kept as the procedure runs ----

  void follow(long documentId, DocumentType type, DocumentStatus status, OffsetDateTime since,
      OffsetDateTime createdAt, boolean stagesComplete) {
    jdbc.sql("""
            insert into statistics_document (document_id, document_type, status, status_since, created_at, stages_complete)
            values (?, ?, ?, ?, ?, ?)""")
        .params(documentId, type.name(), status.name(), since, createdAt, stagesComplete)
        .update();
  }

  Optional<Standing> standing(long documentId) {
    return jdbc.sql("""
            select document_type, status, status_since, created_at, stages_complete
            from statistics_document where document_id = ?""")
        .param(documentId)
        .query((rs, row) -> new Standing(DocumentType.valueOf(rs.getString("document_type")),
            DocumentStatus.valueOf(rs.getString("status")), rs.getObject("status_since", OffsetDateTime.class),
            rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("stages_complete")))
        .optional();
  }

  void move(long documentId, DocumentStatus status, OffsetDateTime since) {
    jdbc.sql("update statistics_document set status = ?, status_since = ? where document_id = ?")
        .params(status.name(), since, documentId).update();
  }

  void adopted(long documentId, OffsetDateTime at, int rounds) {
    jdbc.sql("update statistics_document set adopted_at = ?, rounds = ? where document_id = ?")
        .params(at, rounds, documentId).update();
  }

  /** Adds a stay to the document's time in a stage. Its document's row lock, held by the step, orders the writers. */
  void addStageTime(long documentId, DocumentStatus stage, long seconds) {
    int added = jdbc.sql("update statistics_stage_time set seconds = seconds + ? where document_id = ? and stage = ?")
        .params(seconds, documentId, stage.name()).update();
    if (added == 0) {
      jdbc.sql("insert into statistics_stage_time (document_id, stage, seconds) values (?, ?, ?)")
          .params(documentId, stage.name(), seconds).update();
    }
  }

  /** The document's total time in each stage it went through, in seconds, in the order of the stages' names. */
  Map<DocumentStatus, Long> stageTimes(long documentId) {
    Map<DocumentStatus, Long> times = new LinkedHashMap<>();
    jdbc.sql("select stage, seconds from statistics_stage_time where document_id = ? order by stage")
        .param(documentId)
        .query((rs, row) -> Map.entry(DocumentStatus.valueOf(rs.getString("stage")), rs.getLong("seconds")))
        .list()
        .forEach(stay -> times.put(stay.getKey(), stay.getValue()));
    return times;
  }

  /**
   * Counts one fact in its histogram bar, of its year and of every year. Every step of every document
   * counts into the same few bars (a delegation's answers within the hour, say), so a bar's row lock
   * must be held as briefly as possible: inside a transaction the counts wait until just before it
   * commits, and are then written all at once in the bars' key order, so two steps never wait for each
   * other in a loop, and before the audit trail takes its lock, the last one. They still commit or
   * roll back with the step. Two steps may race to create a bar: it is created inside a savepoint, so
   * the loser undoes that one insert and counts into the winner's bar, and its step goes on.
   */
  void count(Measure measure, String subject, String stage, int year, long hours) {
    boolean inTransaction = BeforeCommit.inTransaction();
    Map<Bar, Integer> counts = inTransaction ? pendingOfThisTransaction() : new TreeMap<>();
    for (int barYear : new int[] {EVERY_YEAR, year}) {
      counts.merge(new Bar(measure.name(), barYear, subject, stage, hours), 1, Integer::sum);
    }
    if (!inTransaction) {
      write(counts);
    }
  }

  /** A bar of a histogram by its key, in the key's order. */
  private record Bar(String measure, int year, String subject, String stage, long hours) implements Comparable<Bar> {

    private static final Comparator<Bar> KEY_ORDER = Comparator.comparing(Bar::measure).thenComparingInt(Bar::year)
        .thenComparing(Bar::subject).thenComparing(Bar::stage).thenComparingLong(Bar::hours);

    @Override
    public int compareTo(Bar other) {
      return KEY_ORDER.compare(this, other);
    }
  }

  private Map<Bar, Integer> pendingOfThisTransaction() {
    return BeforeCommit.buffer(this, BeforeCommit.LAST - 1, TreeMap::new, this::write);
  }

  private void write(Map<Bar, Integer> counts) {
    counts.forEach((bar, occurrences) -> {
      if (addToBar(bar, occurrences) == 0 && !createdBar(bar, occurrences)) {
        addToBar(bar, occurrences);
      }
    });
  }

  private int addToBar(Bar bar, int occurrences) {
    return jdbc.sql("""
            update statistics_duration set occurrences = occurrences + ?
             where measure = ? and fact_year = ? and subject = ? and stage = ? and hours = ?""")
        .params(occurrences, bar.measure(), bar.year(), bar.subject(), bar.stage(), bar.hours()).update();
  }

  /** False when a concurrent step created the bar first (its insert is then undone alone). */
  private boolean createdBar(Bar bar, int occurrences) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into statistics_duration (measure, fact_year, subject, stage, hours, occurrences)
              values (?, ?, ?, ?, ?, ?)""")
          .params(bar.measure(), bar.year(), bar.subject(), bar.stage(), bar.hours(), occurrences).update());
      return true;
    } catch (DuplicateKeyException concurrentlyCreated) {
      return false;
    }
  }

  // ---- read by the figures ----

  /** The documents by stage and type, of those created in the year (all when null). */
  List<StageCount> countsByStage(ForumYear created) {
    return within(jdbc.sql("select status, document_type, count(*) as documents from statistics_document"
            + (created == null ? "" : " where created_at >= :from and created_at < :until")
            + " group by status, document_type"), created)
        .query((rs, row) -> new StageCount(DocumentStatus.valueOf(rs.getString("status")),
            DocumentType.valueOf(rs.getString("document_type")), rs.getLong("documents")))
        .list();
  }

  /**
   * A measure's histogram, of one year or of every year: one range of the key. In no order: the
   * distributions sort their hours themselves, cheaper than the database's sort of the text keys.
   */
  List<Bucket> histogram(Measure measure, Integer year) {
    return jdbc.sql("select subject, stage, hours, occurrences from statistics_duration where measure = ? and fact_year = ?")
        .params(measure.name(), year == null ? EVERY_YEAR : year)
        .query((rs, row) -> new Bucket(rs.getString("subject"), rs.getString("stage"), rs.getInt("hours"),
            rs.getLong("occurrences")))
        .list();
  }

  /** The adopted documents by type and number of rounds, of those adopted in the year (all when null). */
  List<RoundsCount> roundsOfAdopted(ForumYear adopted) {
    return within(jdbc.sql("select document_type, rounds, count(*) as documents from statistics_document"
            + " where adopted_at is not null"
            + (adopted == null ? "" : " and adopted_at >= :from and adopted_at < :until")
            + " group by document_type, rounds"), adopted)
        .query((rs, row) -> new RoundsCount(DocumentType.valueOf(rs.getString("document_type")), rs.getInt("rounds"),
            rs.getLong("documents")))
        .list();
  }

  /** Documents created in each month, in the forum's zone. */
  List<MonthCount> createdByMonth(ZoneId zone, ForumYear year) {
    return byMonth("created_at", zone, year);
  }

  /** Documents adopted in each month, in the forum's zone. */
  List<MonthCount> adoptedByMonth(ZoneId zone, ForumYear year) {
    return byMonth("adopted_at", zone, year);
  }

  /** The year the first document was created, in the forum's zone; empty before the first. */
  Optional<Integer> firstYear(ZoneId zone) {
    return jdbc.sql("select min(created_at) from statistics_document").query(OffsetDateTime.class).list().stream()
        .filter(Objects::nonNull).findFirst()
        .map(first -> first.atZoneSameInstant(zone).getYear());
  }

  /**
   * The month is taken in a subquery: PostgreSQL would not see the same expression in the select list
   * and in the grouping, each with a parameter of its own.
   */
  private List<MonthCount> byMonth(String column, ZoneId zone, ForumYear year) {
    String local = "(" + column + " at time zone :zone)";
    return within(jdbc.sql("select month_year, month_number, count(*) as documents from (select"
            + " extract(year from " + local + ") as month_year, extract(month from " + local + ") as month_number"
            + " from statistics_document where " + column + " is not null"
            + (year == null ? "" : " and " + column + " >= :from and " + column + " < :until")
            + ") months group by month_year, month_number"), year)
        .param("zone", zone.getId())
        .query((rs, row) -> new MonthCount(rs.getInt("month_year"), rs.getInt("month_number"), rs.getLong("documents")))
        .list();
  }

  private static JdbcClient.StatementSpec within(JdbcClient.StatementSpec statement, ForumYear year) {
    return year == null ? statement : statement.param("from", year.from()).param("until", year.until());
  }
}
