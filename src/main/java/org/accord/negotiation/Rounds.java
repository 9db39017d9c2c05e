package org.accord.negotiation;

import java.util.Date;
import java.util.List;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.system.AccordClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the processes ask of rounds as they run: the deadline and reminder of the round's timers,
 * who is still asked, and what document-approval branches on after a round. Read from the round's
 * record each time, keyed by the process instance, never from a variable. Public because the
 * expression language calls it by reflection.
 */
@Component("rounds")
public class Rounds {

  private final RoundSteps steps;
  private final RoundRepository rounds;
  private final Documents documents;

  Rounds(RoundSteps steps, RoundRepository rounds, Documents documents) {
    this.steps = steps;
    this.rounds = rounds;
    this.documents = documents;
  }

  // ---- negotiation-round ----

  public Date deadline(DelegateExecution execution) {
    return AccordClock.date(steps.round(execution.getProcessInstanceId()).deadline());
  }

  public Date reminder(DelegateExecution execution) {
    return AccordClock.date(steps.round(execution.getProcessInstanceId()).reminderAt());
  }

  /** The collection of the "Give position" tasks: one per member state that has not answered. */
  public List<String> silentGroups(DelegateExecution execution) {
    return steps.silentGroups(steps.round(execution.getProcessInstanceId()));
  }

  public boolean extendAtDeadline(DelegateExecution execution) {
    return steps.extendsAtDeadline(steps.round(execution.getProcessInstanceId()));
  }

  // ---- document-approval ----

  public boolean consensusReached(DelegateExecution execution) {
    return lastRound(execution).outcome() == RoundOutcome.CONSENSUS;
  }

  public boolean limitReached(DelegateExecution execution) {
    Document document = documents.carriedBy(execution.getProcessInstanceId());
    return RoundRules.limitReached(lastRound(execution).number(), documents.routing(document.id()));
  }

  /** The SWG Chair's last ruling on further rounds: ONE_MORE_ROUND or WITHDRAW. */
  public String lastRuling(DelegateExecution execution) {
    List<ChairRuling> rulings = rounds.rulings(documents.carriedBy(execution.getProcessInstanceId()).id());
    if (rulings.isEmpty()) {
      throw new IllegalStateException("The SWG Chair has not ruled on this document");
    }
    return rulings.get(rulings.size() - 1).ruling().name();
  }

  private Round lastRound(DelegateExecution execution) {
    long documentId = documents.carriedBy(execution.getProcessInstanceId()).id();
    return rounds.latest(documentId)
        .orElseThrow(() -> new IllegalStateException("Document " + documentId + " has had no round"));
  }
}
