package org.accord.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One user action, one transaction: the engine step and Accord's records commit or roll back
 * together. Parallel position tasks of one round touch the same multi-instance execution, so
 * concurrent completions are normal; the loser of an optimistic lock simply runs again.
 */
@Component
public class Transactions {

  private static final Logger log = LoggerFactory.getLogger(Transactions.class);
  private static final int MAX_ATTEMPTS = 6;

  private final TransactionTemplate transaction;

  Transactions(PlatformTransactionManager transactionManager) {
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public <T> T retrying(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (OptimisticLockingException | PessimisticLockingFailureException | DuplicateKeyException e) {
        // A duplicate key means a concurrent twin won; the next attempt sees its record and answers cleanly.
        if (attempt == MAX_ATTEMPTS) {
          throw new ConflictException(
              "The document was changed by someone else at the same moment; please try again.");
        }
        log.debug("Concurrent change on attempt {}, retrying: {}", attempt, e.getMessage());
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep((long) (Math.random() * 20 * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying", e);
    }
  }
}
