package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/** A value the database cannot take is the input's fault: 400, in words, without the SQL. */
class DataProblemTest {

  private static final SQLException NUL = new SQLException(
      "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 in insert into document (title) values (?)", "22021");

  @Test
  void shouldAnswerANulCharacterWith400WithoutTheStatement() {
    Problem problem = Problem.of(new DataIntegrityViolationException("could not execute statement", NUL));

    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.title()).isEqualTo("Invalid input");
    assertThat(problem.detail()).isEqualTo(
        "A value cannot be stored as sent (for instance a text with a NUL character); nothing was recorded.");
  }

  @Test
  void shouldAnswerTheSameWhenTheEngineWrapsIt() {
    Problem problem = Problem.of(new ProcessEngineException("### Error updating database. ### SQL: insert ...",
        new RuntimeException(NUL)));

    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.detail()).doesNotContain("insert", "0x00");
  }

  @Test
  void shouldKeepAConflictWithExistingDataA409() {
    Problem problem = Problem.of(new DataIntegrityViolationException("duplicate",
        new SQLException("ERROR: duplicate key value violates unique constraint", "23505")));

    assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
  }
}
