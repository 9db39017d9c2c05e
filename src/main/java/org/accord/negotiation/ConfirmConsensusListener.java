package org.accord.negotiation;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Confirm consensus": records the SWG Chair's confirmation and recommendation. */
@Component("confirmConsensus")
class ConfirmConsensusListener implements TaskListener {

  private final NegotiationService negotiation;

  ConfirmConsensusListener(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void notify(DelegateTask task) {
    negotiation.recordConsensus(
        ((Number) task.getVariable("documentId")).longValue(),
        (String) task.getVariable("consensusNote"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
