package org.accord.decision;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record SOC decision": numbers and records the decision, and routes the process. */
@Component("recordSocDecision")
class RecordSocDecisionListener implements TaskListener {

  private final SocDecisionService decisions;

  RecordSocDecisionListener(SocDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    SocOutcome outcome = decisions.record(
        ((Number) task.getVariable("documentId")).longValue(),
        task.getVariable("decisionOutcome"),
        (String) task.getVariable("decisionNote"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
    task.getExecution().getProcessInstance().setVariable("socDecision", outcome.name());
  }
}
