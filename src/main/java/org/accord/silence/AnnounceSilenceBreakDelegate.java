package org.accord.silence;

import static org.accord.system.ProcessVariables.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Announce the break": every delegation hears who broke silence and with what. */
@Component("announceSilenceBreak")
class AnnounceSilenceBreakDelegate implements JavaDelegate {

  private final SilenceService silence;

  AnnounceSilenceBreakDelegate(SilenceService silence) {
    this.silence = silence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    silence.announceBreak(documentId(execution));
  }
}
