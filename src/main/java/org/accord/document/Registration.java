package org.accord.document;

import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.accord.tasklist.TaskCommand;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The Secretariat's registration of a document: its symbol, e.g. CICA/SWG/2022/CP-1. */
public record Registration(String symbol) implements TaskCommand {

  private static final String SYMBOL = "[A-Za-z0-9][A-Za-z0-9/._-]{0," + (Limits.SYMBOL - 1) + "}";

  /** The symbol as it is recorded: trimmed, and of the letters, digits and marks a symbol has. */
  public String checkedSymbol() {
    String normalized = symbol == null ? "" : symbol.strip();
    if (!normalized.matches(SYMBOL)) {
      throw new InvalidInputException("refusal.document.symbol", Limits.SYMBOL);
    }
    return normalized;
  }

  /**
   * Once registered, the process is known by the document's symbol (Cockpit finds it by the symbol);
   * the processes it calls later (rounds, silence) take the same key. Before, the key is the id.
   */
  public static void keyProcess(DelegateExecution execution, String symbol) {
    execution.setProcessBusinessKey(symbol);
  }

  static ConflictException taken(String symbol) {
    return new ConflictException("refusal.document.symbolTaken", symbol);
  }
}
