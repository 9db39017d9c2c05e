package org.accord.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, cut off by the
 * network), as opposed to a fault of the request or of Accord. Such a failure is answered 503 with
 * Retry-After: nothing was recorded, and the same request will succeed once the database is back.
 *
 * <p>The whole cause chain is read, because the failure arrives wrapped: by the engine
 * (ProcessEngineException around MyBatis around the driver's), by Spring's transaction manager or
 * by its JDBC translation.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before it tries again: about how long a restart of PostgreSQL takes. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  public static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (unreachable(cause)) {
        return true;
      }
      // The rollback after a lost connection fails too (the pool has closed it: "Connection is closed",
      // no SQL state), and Spring throws that failure instead of the first one, which it may keep aside.
      if (cause instanceof TransactionSystemException rollback
          && (rollback.getApplicationException() != null && isCause(rollback.getApplicationException())
              || rollback.getCause() instanceof SQLException closed && closed.getSQLState() == null)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unreachable(Throwable cause) {
    if (cause instanceof CannotCreateTransactionException
        || cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
        || cause instanceof TransientDataAccessResourceException
        || cause instanceof SQLTransientConnectionException // the pool found no connection in time
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof ConnectException
        || cause instanceof SocketTimeoutException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // Class 08: connection exception; 57P01-57P03: the server shuts down or cannot take connections yet.
      return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
    return false;
  }
}
