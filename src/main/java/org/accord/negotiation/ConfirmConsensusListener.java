package org.accord.negotiation;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

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
    negotiation.recordConsensus(documentId(task), stringOf(task, "consensusNote"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
