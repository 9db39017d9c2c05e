package org.accord.decision;

import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Choose the route to the SOC": validates the route and hands it to the process. */
@Component("chooseSocRoute")
class ChooseSocRouteListener implements TaskListener {

  private final DecisionRegister register;

  ChooseSocRouteListener(DecisionRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    SocRoute route = register.recordRoute(task.getVariable("socRoute"),
        Boolean.TRUE.equals(task.getVariable("silenceProcedureAllowed")),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
    task.getExecution().getProcessInstance().setVariable("socRoute", route.name());
  }
}
