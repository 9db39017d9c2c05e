package org.accord.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Open round": circulates the latest version and keeps the round's id for the next steps. */
@Component("openRound")
class OpenRoundDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  OpenRoundDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Round round = negotiation.open(((Number) execution.getVariable("documentId")).longValue());
    execution.setVariable("roundId", round.id());
    execution.setVariable("roundNumber", round.number());
  }
}
