package org.accord.negotiation;

import static org.accord.system.ProcessVariables.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close round": applies the consensus rule and hands the outcome to the process as a routing fact. */
@Component("closeRound")
class CloseRoundDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  CloseRoundDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("roundOutcome", negotiation.close(longOf(execution, "roundId")).name());
  }
}
