package org.accord.idempotency;

import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first {@link org.accord.system.UserAction} of a request that carries an idempotency key claims
 * the key inside its own transaction, so that the key is taken exactly when the action is recorded.
 * A twin that committed first leaves this request nothing to do: it ends with {@link TakenByTwin},
 * and {@link IdempotencyFilter} answers with the twin's answer. Inside the action's transaction, like
 * the audit trail; a race on the key is retried as any race ({@code ConflictRetry}), and the retry
 * finds the twin's claim.
 */
@Aspect
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ClaimingActions {

  private final IdempotencyRepository keys;
  private final AccordClock clock;

  ClaimingActions(IdempotencyRepository keys, AccordClock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Around("@annotation(org.accord.system.UserAction)")
  Object claimingTheKey(ProceedingJoinPoint action) throws Throwable {
    Claim claim = Claim.ofCurrentRequest().orElse(null);
    if (claim == null || claim.state() != Claim.State.OPEN) {
      return action.proceed();
    }
    if (keys.find(claim.user, claim.key).isPresent()) {
      claim.moveTo(Claim.State.TAKEN);
      throw new TakenByTwin();
    }
    keys.claim(claim.user, claim.key, claim.fingerprint, clock.now());
    claim.moveTo(Claim.State.CLAIMING);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        claim.moveTo(status == STATUS_COMMITTED ? Claim.State.CLAIMED : Claim.State.OPEN);
      }
    });
    return action.proceed();
  }

  /** Ends a request whose key a twin request claimed first; never shown, the twin's answer is. */
  static final class TakenByTwin extends ConflictException {
    TakenByTwin() {
      super("refusal.idempotency.inProgress");
    }
  }
}
