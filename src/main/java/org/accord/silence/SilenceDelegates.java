package org.accord.silence;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskForm;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin beans silence-procedure names, each handing its step the procedure of the process instance. */
@Configuration(proxyBeanMethods = false)
class SilenceDelegates {

  /** On completing "Circulate under silence": records the procedure; its expiry drives the timer. */
  @Bean
  TaskListener startSilence(SilenceSteps steps) {
    return task -> steps.start(task.getExecution().getProcessInstance().getSuperExecution().getProcessInstanceId(),
        task.getProcessInstanceId(),
        TaskForm.command(task, Circulation.class,
            form -> new Circulation(expiry(form.value("silenceExpiresAt")), form.text("silenceNote"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
  }

  /** "Adopt by silence": silence expired unbroken; the decision is recorded and everyone is told. */
  @Bean
  JavaDelegate adoptBySilence(SilenceSteps steps) {
    return execution -> steps.adopt(steps.procedure(execution.getProcessInstanceId()));
  }

  /** "Announce the break": every delegation hears who broke silence and with what. */
  @Bean
  JavaDelegate announceSilenceBreak(SilenceSteps steps) {
    return execution -> steps.announceBreak(steps.procedure(execution.getProcessInstanceId()));
  }

  /** On completing "Choose after the break": the SOC Chair's choice; document-approval branches on it. */
  @Bean
  TaskListener recordSilenceChoice(SilenceSteps steps) {
    return task -> steps.recordChoice(steps.procedure(task.getProcessInstanceId()),
        TaskForm.command(task, ChairChoice.Made.class, form -> new ChairChoice.Made(
            Inputs.oneOf(ChairChoice.class, form.value("chairChoice"), "refusal.what.chairChoice"))),
        CurrentUser.ofEngine(task.getProcessEngineServices()));
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
      throw new InvalidInputException("refusal.silence.expiryFormat", value);
    }
  }
}
