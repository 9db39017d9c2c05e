package org.accord.negotiation;

import static org.accord.system.ProcessVariables.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record silence as no objection": at the deadline, silent delegations are taken to have no objection. */
@Component("recordSilence")
class RecordSilenceDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  RecordSilenceDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiation.recordSilence(longOf(execution, "roundId"));
  }
}
