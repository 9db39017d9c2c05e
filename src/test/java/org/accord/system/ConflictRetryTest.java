package org.accord.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.dao.DuplicateKeyException;

/** A user action that lost a race runs again; a refusal, or a failure of any other kind, does not. */
class ConflictRetryTest {

  /** An action that fails as told the first {@code failures} times. */
  static class Action {
    int attempts;
    int failures;
    RuntimeException failure;

    @UserAction
    public String run() {
      attempts++;
      if (attempts <= failures) {
        throw failure;
      }
      return "done";
    }
  }

  private final Action action = new Action();

  @Test
  void shouldRunAgainWhenItLostAnOptimisticLockEvenWrappedByTheEngine() {
    action.failures = 2;
    action.failure = new ProcessEngineException("ENGINE-03051 listener failed",
        new OptimisticLockingException("the execution was changed meanwhile"));

    assertThat(retrying(action).run()).isEqualTo("done");
    assertThat(action.attempts).isEqualTo(3);
  }

  @Test
  void shouldRunAgainWhenAConcurrentTwinInsertedTheSameKey() {
    action.failures = 1;
    action.failure = new DuplicateKeyException("decision_counter_pkey");

    assertThat(retrying(action).run()).isEqualTo("done");
    assertThat(action.attempts).isEqualTo(2);
  }

  @Test
  void shouldGiveUpWithAConflictAfterTheLastAttempt() {
    action.failures = Integer.MAX_VALUE;
    action.failure = new OptimisticLockingException("always changed meanwhile");

    assertThatThrownBy(() -> retrying(action).run()).isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by someone else at the same moment");
    assertThat(action.attempts).isEqualTo(ConflictRetry.MAX_ATTEMPTS);
  }

  @Test
  void shouldNotRunARefusalAgain() {
    action.failures = 1;
    action.failure = new ProcessEngineException("listener refused", new InvalidInputException("The kind is missing."));

    assertThatThrownBy(() -> retrying(action).run()).isSameAs(action.failure);
    assertThat(action.attempts).isEqualTo(1);
  }

  private static Action retrying(Action target) {
    AspectJProxyFactory proxy = new AspectJProxyFactory(target);
    proxy.setProxyTargetClass(true);
    proxy.addAspect(new ConflictRetry());
    return proxy.getProxy();
  }
}
