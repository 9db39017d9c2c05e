package org.accord.system;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@link UserAction} again when it lost a race. Parallel position tasks of one round touch
 * the same multi-instance execution, so concurrent completions are normal; the loser of an
 * optimistic lock simply runs again, in a fresh transaction. Ordered before the transaction
 * advice, so each attempt is a transaction of its own; inside a transaction that is already
 * running (an action calling another) it does nothing, since only the outermost may start over.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConflictRetry {

  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);
  static final int MAX_ATTEMPTS = 6;

  @Around("@annotation(org.accord.system.UserAction)")
  Object retrying(ProceedingJoinPoint action) throws Throwable {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return action.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return action.proceed();
      } catch (RuntimeException e) {
        if (!lostARace(e)) {
          throw e;
        }
        if (attempt == MAX_ATTEMPTS) {
          throw new ConflictException("refusal.system.concurrentChange");
        }
        log.debug("Concurrent change on attempt {} of {}, retrying: {}", attempt, action.getSignature(), e.getMessage());
        pause(attempt);
      }
    }
  }

  /**
   * A concurrent change, however deep: the engine wraps what its listeners throw. A duplicate key
   * means a concurrent twin won (the first decision of a year, say); the next attempt sees its record.
   * Accord's own refusals are never a race, even when caused by one.
   */
  static boolean lostARace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException) {
        return false;
      }
      if (cause instanceof OptimisticLockingException || cause instanceof PessimisticLockingFailureException
          || cause instanceof DuplicateKeyException) {
        return true;
      }
    }
    return false;
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
