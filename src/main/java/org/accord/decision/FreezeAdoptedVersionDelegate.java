package org.accord.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Freeze adopted version": the approved text can no longer change. */
@Component("freezeAdoptedVersion")
class FreezeAdoptedVersionDelegate implements JavaDelegate {

  private final SocDecisionService decisions;

  FreezeAdoptedVersionDelegate(SocDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.freezeAdopted(((Number) execution.getVariable("documentId")).longValue());
  }
}
