package org.accord.negotiation;

import static org.accord.system.ProcessVariables.date;
import static org.accord.system.ProcessVariables.documentId;
import static org.accord.system.ProcessVariables.stringOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Open round": circulates the latest version; the round's id, deadline and reminder time drive the rest. */
@Component("openRound")
class OpenRoundDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  OpenRoundDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Round round = negotiation.open(documentId(execution), stringOf(execution, "roundDeadline"),
        stringOf(execution, "reminderLead"), stringOf(execution, "silenceRule"));
    execution.setVariable("roundId", round.id());
    execution.setVariable("roundNumber", round.number());
    execution.setVariable("deadlineAt", date(round.deadline()));
    execution.setVariable("reminderAt", date(round.reminderAt()));
    execution.setVariable("roundExtended", false);
  }
}
