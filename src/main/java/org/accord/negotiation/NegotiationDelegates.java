package org.accord.negotiation;

import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.document.VersionSubmitted;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.system.Inputs;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** The thin beans negotiation-round (and negotiation's part of document-approval) names. */
final class NegotiationDelegates {

  private NegotiationDelegates() {}

  /** "Open round": circulates the latest version with the deadline and reminder of the document's routing. */
  @Component("openRound")
  static class OpenRound implements JavaDelegate {

    private final RoundSteps steps;

    OpenRound(RoundSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.open(execution.getProcessInstance().getSuperExecution().getProcessInstanceId(),
          execution.getProcessInstanceId());
    }
  }

  /** On completing "Give position": validates and records the delegation's position. */
  @Component("recordPosition")
  static class RecordPosition implements TaskListener {

    private final RoundSteps steps;
    private final Forum forum;

    RecordPosition(RoundSteps steps, Forum forum) {
      this.steps = steps;
      this.forum = forum;
    }

    @Override
    public void notify(DelegateTask task) {
      // The task is offered to one delegation's group: that is whose position it records.
      Delegation delegation = task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> forum.findByGroup(link.getGroupId()))
          .flatMap(Optional::stream)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("Position task " + task.getId() + " is offered to no delegation"));
      GivePosition stated = TaskForm.command(task, GivePosition.class, form -> new GivePosition(delegation.code(),
          PositionKind.parse(form.value("positionKind")), form.text("positionText"), form.text("positionAnchor")));
      steps.recordPosition(steps.round(task.getProcessInstanceId()), delegation, stated,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** "Remind silent delegations": mails the delegations that have not answered yet. */
  @Component("sendReminders")
  static class SendReminders implements JavaDelegate {

    private final RoundSteps steps;

    SendReminders(RoundSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.remindSilent(steps.round(execution.getProcessInstanceId()));
    }
  }

  /** "Extend the deadline": the rule EXTEND_ONCE gives silent delegations one more period. */
  @Component("extendDeadline")
  static class ExtendDeadline implements JavaDelegate {

    private final RoundSteps steps;

    ExtendDeadline(RoundSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.extend(steps.round(execution.getProcessInstanceId()));
    }
  }

  /** "Record silence as no objection": at the deadline, silent delegations are taken to have no objection. */
  @Component("recordSilence")
  static class RecordSilence implements JavaDelegate {

    private final RoundSteps steps;

    RecordSilence(RoundSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.recordSilence(steps.round(execution.getProcessInstanceId()));
    }
  }

  /** "Close round": applies the consensus rule; document-approval branches on the outcome recorded. */
  @Component("closeRound")
  static class CloseRound implements JavaDelegate {

    private final RoundSteps steps;

    CloseRound(RoundSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.close(steps.round(execution.getProcessInstanceId()));
    }
  }

  /** On completing "Revise document": a revised version must exist (or be typed into the form). */
  @Component("recordRevision")
  static class RecordRevision implements TaskListener {

    private final RoundSteps steps;
    private final Documents documents;

    RecordRevision(RoundSteps steps, Documents documents) {
      this.steps = steps;
      this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
      VersionSubmitted submitted = TaskForm.command(task, VersionSubmitted.class,
          form -> VersionSubmitted.fromForm(form, "revisedText", "revisedData"));
      steps.recordRevision(carried(documents, task), submitted, CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** On completing "Confirm consensus": records the SWG Chair's confirmation and recommendation. */
  @Component("confirmConsensus")
  static class ConfirmConsensus implements TaskListener {

    private final RoundSteps steps;
    private final Documents documents;

    ConfirmConsensus(RoundSteps steps, Documents documents) {
      this.steps = steps;
      this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
      ConsensusConfirmation.Given given = TaskForm.command(task, ConsensusConfirmation.Given.class,
          form -> new ConsensusConfirmation.Given(form.text("consensusNote")));
      steps.recordConsensus(carried(documents, task), given, CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }

  /** On completing "Rule on further rounds": records the SWG Chair's ruling; the process branches on it. */
  @Component("recordChairRuling")
  static class RecordChairRuling implements TaskListener {

    private final RoundSteps steps;
    private final Documents documents;

    RecordChairRuling(RoundSteps steps, Documents documents) {
      this.steps = steps;
      this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
      ChairRuling.Given given = TaskForm.command(task, ChairRuling.Given.class,
          form -> new ChairRuling.Given(
              Inputs.oneOf(ChairRuling.Ruling.class, form.value("furtherRounds"), "ruling on further rounds"),
              form.text("rulingNote")));
      steps.recordRuling(carried(documents, task), given, CurrentUser.ofEngine(task.getProcessEngineServices()),
          withdrawal -> withdrawal.handTo(task.getExecution()));
    }
  }

  private static Document carried(Documents documents, DelegateTask task) {
    return documents.lock(documents.carriedBy(task.getProcessInstanceId()).id());
  }
}
