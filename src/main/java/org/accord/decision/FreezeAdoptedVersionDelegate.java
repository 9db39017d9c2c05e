package org.accord.decision;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Freeze adopted version": the approved text (and a budget's staff matrix) can no longer change. */
@Component("freezeAdoptedVersion")
class FreezeAdoptedVersionDelegate implements JavaDelegate {

  private final DecisionRegister register;

  FreezeAdoptedVersionDelegate(DecisionRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.freezeAdopted(documentId(execution));
  }
}
