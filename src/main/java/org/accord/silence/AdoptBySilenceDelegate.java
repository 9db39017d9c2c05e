package org.accord.silence;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Adopt by silence": silence expired unbroken; the decision is recorded and everyone is told. */
@Component("adoptBySilence")
class AdoptBySilenceDelegate implements JavaDelegate {

  private final SilenceService silence;

  AdoptBySilenceDelegate(SilenceService silence) {
    this.silence = silence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    silence.adopt(documentId(execution));
    execution.setVariable("silenceOutcome", "ADOPTED");
  }
}
