package org.accord.silence;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The thin beans silence-procedure names. */
final class SilenceDelegates {

  private SilenceDelegates() {}

  /** On completing "Circulate under silence": records the procedure; its expiry drives the timer. */
  @Component("startSilence")
  static class StartSilence implements TaskListener {

    private final SilenceSteps steps;

    StartSilence(SilenceSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      Circulation circulation = TaskForm.command(task, Circulation.class,
          form -> new Circulation(expiry(form.value("silenceExpiresAt")), form.text("silenceNote")));
      steps.start(task.getExecution().getProcessInstance().getSuperExecution().getProcessInstanceId(),
          task.getProcessInstanceId(), circulation, CurrentUser.ofEngine(task.getProcessEngineServices()));
    }

    /** Tasklist's date field gives a date; a client may send the time as text with its offset. */
    private static OffsetDateTime expiry(Object value) {
      if (value instanceof Date date) {
        return AccordClock.utc(date);
      }
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(value.toString().strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("The expiry is a date and time with its offset, e.g. 2022-12-20T12:00:00Z; not '"
            + value + "'.");
      }
    }
  }

  /** "Adopt by silence": silence expired unbroken; the decision is recorded and everyone is told. */
  @Component("adoptBySilence")
  static class AdoptBySilence implements JavaDelegate {

    private final SilenceSteps steps;

    AdoptBySilence(SilenceSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.adopt(steps.procedure(execution.getProcessInstanceId()));
    }
  }

  /** "Announce the break": every delegation hears who broke silence and with what. */
  @Component("announceSilenceBreak")
  static class AnnounceSilenceBreak implements JavaDelegate {

    private final SilenceSteps steps;

    AnnounceSilenceBreak(SilenceSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.announceBreak(steps.procedure(execution.getProcessInstanceId()));
    }
  }

  /** On completing "Choose after the break": records the SOC Chair's choice; document-approval branches on it. */
  @Component("recordSilenceChoice")
  static class RecordSilenceChoice implements TaskListener {

    private final SilenceSteps steps;

    RecordSilenceChoice(SilenceSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      ChairChoice.Made choice = TaskForm.command(task, ChairChoice.Made.class,
          form -> new ChairChoice.Made(Inputs.oneOf(ChairChoice.class, form.value("chairChoice"), "choice after the break")));
      steps.recordChoice(steps.procedure(task.getProcessInstanceId()), choice,
          CurrentUser.ofEngine(task.getProcessEngineServices()));
    }
  }
}
