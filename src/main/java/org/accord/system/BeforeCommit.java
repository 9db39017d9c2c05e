package org.accord.system;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes gathered while a transaction runs and written together at its very end, still inside it: a
 * lock they take on a row every step shares is then held only for the commit, and they commit or roll
 * back with the rest of the step. Writers with a lower order write first.
 */
public final class BeforeCommit {

  /** The audit trail's order: the last to write, so that its lock is the last one any step takes. */
  public static final int LAST = Integer.MAX_VALUE;

  private BeforeCommit() {}

  /** Whether a transaction runs that writes can wait for; without one, a caller writes at once. */
  public static boolean inTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive();
  }

  /**
   * The current transaction's buffer of this owner, made on first use, when its writer is registered to
   * run just before the transaction commits. Only {@link #inTransaction() in a transaction}.
   */
  @SuppressWarnings("unchecked")
  public static <B> B buffer(Object owner, int order, Supplier<B> empty, Consumer<B> write) {
    B buffer = (B) TransactionSynchronizationManager.getResource(owner);
    if (buffer == null) {
      B created = empty.get();
      TransactionSynchronizationManager.bindResource(owner, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public int getOrder() {
          return order;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
          write.accept(created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
      });
      buffer = created;
    }
    return buffer;
  }
}
