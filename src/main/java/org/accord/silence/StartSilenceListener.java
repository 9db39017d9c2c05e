package org.accord.silence;

import static org.accord.system.ProcessVariables.date;
import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Circulate under silence": records the procedure; its expiry drives the timer. */
@Component("startSilence")
class StartSilenceListener implements TaskListener {

  private final SilenceService silence;

  StartSilenceListener(SilenceService silence) {
    this.silence = silence;
  }

  @Override
  public void notify(DelegateTask task) {
    SilenceProcedure procedure = silence.startFromTask(documentId(task), task.getVariable("silenceExpiresAt"),
        stringOf(task, "silenceNote"), CurrentUser.ofEngine(task.getProcessEngineServices()));
    task.getExecution().getProcessInstance().setVariable("silenceProcedureId", procedure.id());
    task.getExecution().getProcessInstance().setVariable("silenceExpiry", date(procedure.expiresAt()));
  }
}
