package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), and which do not. */
class DatabaseUnavailableTest {

  @Test
  void shouldTakeTheEnginesWrappedConnectionFailureForAnUnreachableDatabase() {
    SQLException brokenPipe = new SQLException("An I/O error occurred while sending to the backend.", "08006",
        new SocketTimeoutException("Read timed out"));
    Exception engine = new ProcessEngineException("ENGINE-03004", new PersistenceException(brokenPipe));

    assertThat(DatabaseUnavailable.isCause(engine)).isTrue();
    assertThat(Problem.of(engine).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
  }

  @Test
  void shouldTakeNoConnectionFromThePoolForAnUnreachableDatabase() {
    SQLTransientConnectionException pool = new SQLTransientConnectionException("Connection is not available");

    assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open", pool))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("Failed", pool))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03"))).isTrue();
  }

  @Test
  void shouldTakeARollbackOnAConnectionThePoolClosedForAnUnreachableDatabase() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));

    assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
  }

  @Test
  void shouldNotTakeAConstraintOrAnotherFailureForAnUnreachableDatabase() {
    assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("ENGINE-09005",
        new SQLException("raise exception", "P0001")))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
  }
}
