package org.accord.negotiation;

import static org.accord.system.ProcessVariables.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind silent delegations": mails the delegations that have not answered yet. */
@Component("sendReminders")
class SendRemindersDelegate implements JavaDelegate {

  private final NegotiationService negotiation;

  SendRemindersDelegate(NegotiationService negotiation) {
    this.negotiation = negotiation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    negotiation.remindSilent(longOf(execution, "roundId"));
  }
}
