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
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin beans negotiation-round (and negotiation's part of document-approval) names. */
@Configuration(proxyBeanMethods = false)
class NegotiationDelegates {

  /** "Open round": circulates the latest version with the deadline and reminder of the document's routing. */
  @Bean
  JavaDelegate openRound(RoundSteps steps) {
    return execution -> steps.open(execution.getProcessInstance().getSuperExecution().getProcessInstanceId(),
        execution.getProcessInstanceId());
  }

  /** On completing "Give position": the position of the delegation the task is offered to, checked and recorded. */
  @Bean
  TaskListener recordPosition(RoundSteps steps, Forum forum) {
    return task -> {
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
    };
  }

  /** "Remind silent delegations": mails the delegations that have not answered yet. */
  @Bean
  JavaDelegate sendReminders(RoundSteps steps) {
    return execution -> steps.remindSilent(steps.round(execution.getProcessInstanceId()));
  }

  /** "Extend the deadline": the rule EXTEND_ONCE gives silent delegations one more period. */
  @Bean
  JavaDelegate extendDeadline(RoundSteps steps) {
    return execution -> steps.extend(steps.round(execution.getProcessInstanceId()));
  }

  /** "Tell the delegations of the new deadline": the SWG Chair's extension on record, mailed to every delegation. */
  @Bean
  JavaDelegate announceExtension(RoundSteps steps) {
    return execution -> steps.announceExtension(steps.round(execution.getProcessInstanceId()));
  }

  /** "Record silence as no objection": at the deadline, silent delegations are taken to have no objection. */
  @Bean
  JavaDelegate recordSilence(RoundSteps steps) {
    return execution -> steps.recordSilence(steps.round(execution.getProcessInstanceId()));
  }

  /** "Close round": applies the consensus rule; document-approval branches on the outcome recorded. */
  @Bean
  JavaDelegate closeRound(RoundSteps steps) {
    return execution -> steps.close(steps.round(execution.getProcessInstanceId()));
  }

  /** On completing "Revise document": a revised version must exist (or be typed into the form). */
  @Bean
  TaskListener recordRevision(RoundSteps steps, Documents documents) {
    return task -> steps.recordRevision(carried(documents, task),
        TaskForm.command(task, VersionSubmitted.class, form -> VersionSubmitted.fromForm(form, "revisedText", "revisedData")),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** On completing "Confirm consensus": records the SWG Chair's confirmation and recommendation. */
  @Bean
  TaskListener confirmConsensus(RoundSteps steps, Documents documents) {
    return task -> steps.recordConsensus(carried(documents, task),
        TaskForm.command(task, ConsensusConfirmation.Given.class,
            form -> new ConsensusConfirmation.Given(form.text("consensusNote"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** On completing "Rule on further rounds": records the SWG Chair's ruling; a withdrawal goes to its step. */
  @Bean
  TaskListener recordChairRuling(RoundSteps steps, Documents documents) {
    return task -> steps.recordRuling(carried(documents, task),
        TaskForm.command(task, ChairRuling.Given.class, form -> new ChairRuling.Given(
            Inputs.oneOf(ChairRuling.Ruling.class, form.value("furtherRounds"), "refusal.what.ruling"),
            form.text("rulingNote"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()),
        withdrawal -> withdrawal.handTo(task.getExecution()));
  }

  private static Document carried(Documents documents, DelegateTask task) {
    return documents.lock(documents.carriedBy(task.getProcessInstanceId()).id());
  }
}
