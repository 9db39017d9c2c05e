package org.accord.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.accord.document.DocumentTables;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step's counts wait for its commit; two steps count into a bar that neither sees yet: the second
 * to insert it loses the race on the key, undoes only that insert and counts into the first one's bar,
 * inside its own transaction.
 */
class HistogramBarRaceTest {

  private final DocumentTables tables = new DocumentTables();
  private final JdbcTransactionManager transactions = new JdbcTransactionManager(tables.dataSource());
  private final StatisticsRepository figures = new StatisticsRepository(tables.jdbc(), transactions);

  @Test
  void theLoserOfTheRaceToCreateABarCountsIntoTheWinnersBarWithoutFailingItsStep() throws Exception {
    try (Connection winner = tables.dataSource().getConnection()) {
      winner.setAutoCommit(false);
      try (PreparedStatement insert = winner.prepareStatement("""
          insert into statistics_duration (measure, fact_year, subject, stage, hours, occurrences)
          values ('RESPONSE', 0, 'KZ', '', 5, 1)""")) {
        insert.executeUpdate();
      }
      // The loser's update sees no bar (the winner's is not committed); its insert waits on the key.
      CompletableFuture<Void> loser = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
          .executeWithoutResult(status -> {
            figures.count(Measure.RESPONSE, "KZ", "", 2031, 5);
            tables.jdbc().sql("insert into statistics_duration (measure, fact_year, subject, stage, hours,"
                + " occurrences) values ('CYCLE', 0, 'BUDGET', '', 1, 1)").update();
          }));
      Thread.sleep(300);
      winner.commit();
      loser.get(10, TimeUnit.SECONDS);
    }

    assertThat(occurrences(0)).isEqualTo(2);
    assertThat(occurrences(2031)).isEqualTo(1);
    assertThat(tables.jdbc().sql("select count(*) from statistics_duration where measure = 'CYCLE'")
        .query(Long.class).single()).as("the rest of the loser's step committed").isEqualTo(1);
  }

  @Test
  void theCountsOfAStepAreWrittenWhenItCommitsAndGoWhenItRollsBack() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      figures.count(Measure.RESPONSE, "KZ", "", 2031, 5);
      figures.count(Measure.RESPONSE, "KZ", "", 2031, 5);
      assertThat(bars()).as("not before the commit").isZero();
    });
    assertThat(occurrences(0)).isEqualTo(2);
    assertThat(occurrences(2031)).isEqualTo(2);

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      figures.count(Measure.RESPONSE, "KZ", "", 2031, 5);
      status.setRollbackOnly();
    });
    assertThat(occurrences(0)).isEqualTo(2);
  }

  private long bars() {
    return tables.jdbc().sql("select count(*) from statistics_duration").query(Long.class).single();
  }

  private long occurrences(int year) {
    return tables.jdbc().sql("""
            select occurrences from statistics_duration
             where measure = 'RESPONSE' and fact_year = ? and subject = 'KZ' and stage = '' and hours = 5""")
        .param(year).query(Long.class).single();
  }
}
