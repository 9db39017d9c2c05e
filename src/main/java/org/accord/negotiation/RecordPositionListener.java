package org.accord.negotiation;

import static org.accord.system.ProcessVariables.longOf;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Give position": validates and records the delegation's position. */
@Component("recordPosition")
class RecordPositionListener implements TaskListener {

  private final NegotiationService negotiation;

  RecordPositionListener(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void notify(DelegateTask task) {
    negotiation.recordPosition(longOf(task, "roundId"), stringOf(task, "delegationGroup"),
        task.getVariable("positionKind"), stringOf(task, "positionText"), stringOf(task, "positionAnchor"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
