package org.accord.security;

import java.time.OffsetDateTime;
import org.accord.system.AccordClock;
import org.accord.system.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chair's signature on an act that binds the forum (an SOC decision, the end of a silence
 * procedure): the signed-in chair types their password again, and the act records who signed and
 * when. The password is checked in a transaction of its own, so that a wrong one counts towards
 * the account's lockout even though the act it was meant for is not recorded.
 */
@Component
public class Signatures {

  /** Who signed, and when. */
  public record Signature(String signedBy, OffsetDateTime signedAt) {}

  private final IdentityService identity;
  private final AccordClock clock;
  private final TransactionTemplate ownTransaction;

  Signatures(IdentityService identity, AccordClock clock, PlatformTransactionManager transactions) {
    this.identity = identity;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The user's signature, or a refusal (nothing recorded) when the password is missing or wrong. */
  public Signature sign(CurrentUser user, String password) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException("refusal.signature.passwordMissing");
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime lockedUntil = lockedUntil(user);
    if (lockedUntil != null && lockedUntil.isAfter(now)) {
      // Camunda refuses even the right password for a while after a wrong one: say so, not "wrong".
      throw new InvalidInputException("refusal.signature.locked", lockedUntil);
    }
    Boolean right = ownTransaction.execute(status -> identity.checkPassword(user.id(), password));
    if (!Boolean.TRUE.equals(right)) {
      throw new InvalidInputException("refusal.signature.wrongPassword");
    }
    return new Signature(user.id(), clock.now());
  }

  /** Until when Camunda holds the account after wrong passwords, if it does. */
  private OffsetDateTime lockedUntil(CurrentUser user) {
    User found = identity.createUserQuery().userId(user.id()).singleResult();
    return found instanceof UserEntity entity && entity.getLockExpirationTime() != null
        ? AccordClock.utc(entity.getLockExpirationTime()) : null;
  }
}
