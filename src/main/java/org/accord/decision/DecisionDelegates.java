package org.accord.decision;

import org.accord.document.Documents;
import org.accord.security.CurrentUser;
import org.accord.system.Inputs;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin beans of the decision module that document-approval names. */
@Configuration(proxyBeanMethods = false)
class DecisionDelegates {

  /** On completing "Choose the route to the SOC": validates and records the route. */
  @Bean
  TaskListener chooseSocRoute(RouteSteps steps, Documents documents) {
    return task -> steps.record(documents.carriedBy(task.getProcessInstanceId()),
        TaskForm.command(task, RouteChoice.class,
            form -> new RouteChoice(Inputs.oneOf(SocRoute.class, form.value("socRoute"), "refusal.what.socRoute"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }
}
