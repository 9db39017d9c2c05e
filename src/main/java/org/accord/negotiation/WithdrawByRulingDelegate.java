package org.accord.negotiation;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Withdraw by ruling": records the withdrawal the SWG Chair ruled, with its reasons. */
@Component("withdrawByRuling")
class WithdrawByRulingDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  WithdrawByRulingDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiation.withdrawByRuling(documentId(execution));
  }
}
