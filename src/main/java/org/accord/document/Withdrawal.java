package org.accord.document;

import org.accord.system.InMemoryValue;
import org.accord.system.InMemoryValues;
import org.accord.system.Inputs;
import org.accord.system.Limits;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Who withdraws a document and why: the coordinator at any time before adoption, or the SWG Chair
 * by ruling. It reaches the process's "Record withdrawal" step in memory, in the same transaction,
 * never as a stored variable.
 */
public record Withdrawal(String withdrawnBy, String reason) implements InMemoryValue {

  /** Hands the withdrawal to the step that records it, later in this transaction. */
  public void handTo(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(Documents.WITHDRAWAL, InMemoryValues.of(this));
  }

  /** The withdrawal handed over earlier in this transaction (never one a client could send). */
  public static Withdrawal takenFrom(DelegateExecution execution) {
    Withdrawal withdrawal = InMemoryValues.read(execution.getVariableTyped(Documents.WITHDRAWAL, true), Withdrawal.class);
    if (withdrawal == null) {
      throw new IllegalStateException("Record withdrawal runs only when a withdrawal was requested in this transaction");
    }
    return withdrawal;
  }

  /** The reason for the record: required, at most {@link Limits#NOTE} characters. */
  public static String reason(String reason) {
    return Inputs.required(reason, Limits.NOTE, "refusal.document.reasonMissing",
        "refusal.document.reasonTooLong");
  }
}
