package org.accord.negotiation;

import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Rule on further rounds": records the SWG Chair's ruling and routes the process. */
@Component("recordChairRuling")
class RecordChairRulingListener implements TaskListener {

  private final NegotiationService negotiation;

  RecordChairRulingListener(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void notify(DelegateTask task) {
    ChairRuling.Ruling ruling = negotiation.recordRuling(documentId(task), task.getVariable("furtherRounds"),
        stringOf(task, "rulingNote"), CurrentUser.ofEngine(task.getProcessEngineServices()));
    task.getExecution().getProcessInstance().setVariable("furtherRounds", ruling.name());
  }
}
