package org.accord.negotiation;

import static org.accord.system.ProcessVariables.date;
import static org.accord.system.ProcessVariables.longOf;
import static org.accord.system.ProcessVariables.stringOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Extend the deadline": the rule EXTEND_ONCE gives silent delegations one more period. */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  ExtendDeadlineDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Round round = negotiation.extend(longOf(execution, "roundId"), stringOf(execution, "roundDeadline"),
        stringOf(execution, "reminderLead"));
    execution.setVariable("deadlineAt", date(round.deadline()));
    execution.setVariable("reminderAt", date(round.reminderAt()));
    execution.setVariable("roundExtended", true);
  }
}
