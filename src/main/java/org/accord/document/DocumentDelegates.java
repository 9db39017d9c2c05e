package org.accord.document;

import org.accord.security.CurrentUser;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin beans document-approval names, each handing its step the document the process carries.
 * A refusal rolls back the whole step, so nothing is half-written.
 */
@Configuration(proxyBeanMethods = false)
class DocumentDelegates {

  /** On completing "Upload draft": a text or data typed in Tasklist becomes version 1; a version must exist. */
  @Bean
  TaskListener recordDraft(DocumentSteps steps) {
    return task -> steps.recordDraft(steps.carried(task.getProcessInstanceId()),
        TaskForm.command(task, VersionSubmitted.class, form -> VersionSubmitted.fromForm(form, "draftText", "draftData")),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** "Check the submission" and "Check the revision": the data its type needs; a budget that agrees with its staff matrix. */
  @Bean
  JavaDelegate checkSubmission(DocumentSteps steps) {
    return execution -> steps.checkSubmission(steps.carried(execution.getProcessInstanceId()));
  }

  /** On completing "Register document": validates and records the symbol the Secretariat gave, the process's key from now on. */
  @Bean
  TaskListener registerDocument(DocumentSteps steps) {
    return task -> Registration.keyProcess(task.getExecution(),
        steps.recordRegistration(steps.carried(task.getProcessInstanceId()),
            TaskForm.command(task, Registration.class, form -> new Registration(form.text("symbol"))),
            CurrentUser.ofEngine(task.getProcessEngineServices())));
  }

  /** "Determine routing": the routing table's row for the document's type, kept with the document. */
  @Bean
  JavaDelegate determineRouting(DocumentSteps steps) {
    return execution -> steps.determineRouting(steps.carried(execution.getProcessInstanceId()));
  }

  /** "Record withdrawal" and "Withdraw by ruling": who withdrew the document and why. */
  @Bean
  JavaDelegate recordWithdrawal(DocumentSteps steps) {
    return execution -> steps.recordWithdrawal(steps.carried(execution.getProcessInstanceId()),
        Withdrawal.takenFrom(execution));
  }

  /** "Freeze adopted version": the approved text (and a budget's staff matrix) can no longer change. */
  @Bean
  JavaDelegate freezeAdoptedVersion(DocumentSteps steps) {
    return execution -> steps.freezeAdopted(steps.carried(execution.getProcessInstanceId()));
  }
}
