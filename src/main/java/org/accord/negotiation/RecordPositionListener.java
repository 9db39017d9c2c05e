package org.accord.negotiation;

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
    negotiation.recordPosition(
        ((Number) task.getVariable("roundId")).longValue(),
        (String) task.getVariable("delegationGroup"),
        task.getVariable("positionKind"),
        (String) task.getVariable("positionText"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
