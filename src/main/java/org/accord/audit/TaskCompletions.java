package org.accord.audit;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task completed, whichever client completed it (Accord, Camunda Tasklist, the engine's
 * REST API), goes on the audit trail with the transaction that completes it: who, which step, of
 * which document (the process's business key, its symbol once registered).
 */
@Component
class TaskCompletions extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;

  TaskCompletions(@Lazy AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener onComplete = this::completed;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
        }
      }
    });
  }

  private void completed(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    trail.record(authentication == null ? null : authentication.getUserId(),
        "TASK_COMPLETED " + task.getTaskDefinitionKey(), businessKey == null ? null : "process:" + businessKey,
        task.getName());
  }
}
