package org.accord.document;

import org.accord.security.CurrentUser;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The thin beans document-approval names; each hands its step the document the process carries. */
final class DocumentDelegates {

  private DocumentDelegates() {}

  /** On completing "Upload draft": a text or data typed in Tasklist becomes version 1; a version must exist. */
  @Component("recordDraft")
  static class RecordDraft implements TaskListener {

    private final DocumentSteps steps;

    RecordDraft(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      VersionSubmitted submitted = TaskForm.command(task, VersionSubmitted.class,
          form -> VersionSubmitted.fromForm(form, "draftText", "draftData"));
      steps.recordDraft(steps.carried(task.getProcessInstanceId()), submitted,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /**
   * "Check the submission" and "Check the revision": refuses, with a clear message, a version that
   * lacks its type's data or a budget that disagrees with its staff matrix. The refusal rolls back
   * the coordinator's step, so nothing is half-written.
   */
  @Component("checkSubmission")
  static class CheckSubmission implements JavaDelegate {

    private final DocumentSteps steps;

    CheckSubmission(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.checkSubmission(steps.carried(execution.getProcessInstanceId()));
    }
  }

  /** On completing "Register document": validates and records the symbol the Secretariat gave. */
  @Component("registerDocument")
  static class RegisterDocument implements TaskListener {

    private final DocumentSteps steps;

    RegisterDocument(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      Registration registration = TaskForm.command(task, Registration.class, form -> new Registration(form.text("symbol")));
      steps.recordRegistration(steps.carried(task.getProcessInstanceId()), registration,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** "Determine routing": the routing table's row for the document's type, kept with the document. */
  @Component("determineRouting")
  static class DetermineRouting implements JavaDelegate {

    private final DocumentSteps steps;

    DetermineRouting(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.determineRouting(steps.carried(execution.getProcessInstanceId()));
    }
  }

  /** "Record withdrawal" and "Withdraw by ruling": who withdrew the document and why. */
  @Component("recordWithdrawal")
  static class RecordWithdrawal implements JavaDelegate {

    private final DocumentSteps steps;

    RecordWithdrawal(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.recordWithdrawal(steps.carried(execution.getProcessInstanceId()), Withdrawal.takenFrom(execution));
    }
  }

  /** "Freeze adopted version": the approved text (and a budget's staff matrix) can no longer change. */
  @Component("freezeAdoptedVersion")
  static class FreezeAdoptedVersion implements JavaDelegate {

    private final DocumentSteps steps;

    FreezeAdoptedVersion(DocumentSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.freezeAdopted(steps.carried(execution.getProcessInstanceId()));
    }
  }
}
