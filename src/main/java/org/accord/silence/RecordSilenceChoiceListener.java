package org.accord.silence;

import static org.accord.system.ProcessVariables.documentId;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Choose after the break": records the SOC Chair's choice and routes the document. */
@Component("recordSilenceChoice")
class RecordSilenceChoiceListener implements TaskListener {

  private final SilenceService silence;

  RecordSilenceChoiceListener(SilenceService silence) {
    this.silence = silence;
  }

  @Override
  public void notify(DelegateTask task) {
    SilenceService.ChairChoice choice = silence.recordChoice(documentId(task), task.getVariable("chairChoice"),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
    task.getExecution().getProcessInstance().setVariable("silenceOutcome", choice.name());
  }
}
