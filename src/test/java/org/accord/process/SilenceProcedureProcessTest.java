package org.accord.process;

import static org.accord.process.ProcessFakes.SILENCE_PROCEDURE;
import static org.accord.process.ProcessFakes.START;
import static org.accord.process.ProcessSteps.breakSilenceAndChoose;
import static org.accord.process.ProcessSteps.circulateUnderSilence;
import static org.accord.process.ProcessSteps.fireTimersDueBy;
import static org.accord.process.ProcessSteps.assertRefusedWithForeignVariable;
import static org.accord.process.ProcessSteps.justBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.LabelledControls;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** silence-procedure on its own, started as document-approval's call activity starts it. */
@Deployment(resources = SILENCE_PROCEDURE)
class SilenceProcedureProcessTest {

  private static final Instant EXPIRY = START.plus(Duration.ofDays(7));

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  @RegisterExtension
  final ProcessFakes fakes = new ProcessFakes(engine);

  @Test
  void shouldAdoptBySilenceWhenNobodyBreaksIt() {
    // given: a text circulated under silence for a week; the expiry timer is set to the exact time
    ProcessInstance silence = circulatedText();
    assertThat(job("CatchEvent_SilenceExpired", silence).getDuedate()).isEqualTo(Date.from(EXPIRY));
    assertThat(fireTimersDueBy(justBefore(Date.from(EXPIRY)), silence)).isEmpty();

    // when: the expiry passes with nobody breaking silence
    assertThat(fireTimersDueBy(EXPIRY, silence)).containsExactly("CatchEvent_SilenceExpired");

    // then: adopted by silence
    assertThat(silence).isEnded().hasPassedInOrder("Task_CirculateUnderSilence", "Gateway_SilenceKept",
        "CatchEvent_SilenceExpired", "ServiceTask_AdoptBySilence", "EndEvent_AdoptedBySilence")
        .hasNotPassed("CatchEvent_SilenceBroken");
    assertThat(fakes.silenceOutcomes).containsExactly(entry(silence.getId(), "ADOPTED"));
    assertThat(fakes.calls).containsExactly("startSilence", "adoptBySilence");
  }

  @Test
  void shouldSendTextBackToSwgWhenSilenceIsBroken() {
    // given: a text circulated under silence
    ProcessInstance silence = circulatedText();

    // when: a delegation breaks silence before expiry and the SOC Chair sends the text back to the SWG
    breakSilenceAndChoose(silence, "BACK_TO_SWG");

    // then: silence is broken; the expiry timer was dropped with the other branch of the gateway
    assertBrokenWithOutcome(silence, "BACK_TO_SWG");
  }

  @Test
  void shouldPutTextOnNextMeetingWhenSilenceIsBroken() {
    // given: a text circulated under silence
    ProcessInstance silence = circulatedText();

    // when: a delegation breaks silence before expiry and the SOC Chair puts the text on the next meeting
    breakSilenceAndChoose(silence, "NEXT_MEETING");

    // then: silence is broken, with the outcome the document's process routes by
    assertBrokenWithOutcome(silence, "NEXT_MEETING");
  }

  @Test
  void shouldRefuseACirculationOrAChoiceThatCarriesAnythingElse() {
    // given: the SOC Chair's task to circulate the text
    ProcessInstance silence = runtimeService().startProcessInstanceByKey("silence-procedure", "42");
    Task circulate = task("Task_CirculateUnderSilence", silence);

    // when/then: a circulation that names another document is refused, nothing started
    assertRefusedWithForeignVariable(circulate, Map.of("silenceExpiresAt", Date.from(EXPIRY)), "documentId", 7L);
    assertThat(fakes.calls).isEmpty();

    // and after a break, a choice that also tries to set the outcome is refused
    circulateUnderSilence(silence, EXPIRY);
    runtimeService().createMessageCorrelation("SilenceBroken").processInstanceBusinessKey("42").correlate();
    assertRefusedWithForeignVariable(task("Task_ChooseAfterBreak", silence), Map.of("chairChoice", "NEXT_MEETING"),
        "silenceOutcome", "ADOPTED");
    assertThat(fakes.silenceOutcomes).isEmpty();
  }

  @Test
  void shouldRefuseAnExpiryInThePast() {
    // given: the SOC Chair's task to circulate the text
    ProcessInstance silence = runtimeService().startProcessInstanceByKey("silence-procedure", "42");

    // when: the expiry given has already passed
    assertThatThrownBy(() -> complete(task("Task_CirculateUnderSilence", silence),
        withVariables("silenceExpiresAt", Date.from(START.minus(Duration.ofHours(1))))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("expire in the future");

    // then: nothing was circulated; the task waits
    assertThat(silence).isWaitingAt("Task_CirculateUnderSilence");
    assertThat(fakes.silenceExpiries).isEmpty();
  }

  @Test
  void shouldRenderTheCirculationFormForTasklistWithEveryInputAndButtonNamed() {
    // given: a silence procedure waiting for the SOC Chair to circulate the text
    ProcessInstance silence = runtimeService().startProcessInstanceByKey("silence-procedure", "42");

    // when: Camunda Tasklist asks the engine for the generated form
    String form = (String) formService().getRenderedTaskForm(task("Task_CirculateUnderSilence", silence).getId());

    // then: the expiry date and the note are named by their labels, the calendar's button by its purpose
    assertThat(LabelledControls.controls(form)).isEqualTo(3);
    assertThat(LabelledControls.unnamed(form)).isEmpty();
    assertThat(form).contains("<label for=\"silenceExpiresAt\">", "id=\"silenceExpiresAt\"",
        "aria-label=\"Open the calendar\"");
  }

  private ProcessInstance circulatedText() {
    ProcessInstance silence = runtimeService().startProcessInstanceByKey("silence-procedure", "42");
    circulateUnderSilence(silence, EXPIRY);
    assertThat(fakes.silenceExpiries).containsEntry(silence.getId(), EXPIRY.atOffset(ZoneOffset.UTC));
    assertThat(silence).variables().isEmpty();
    return silence;
  }

  private void assertBrokenWithOutcome(ProcessInstance silence, String silenceOutcome) {
    assertThat(silence).isEnded().hasPassedInOrder("Gateway_SilenceKept", "CatchEvent_SilenceBroken",
        "ServiceTask_AnnounceBreak", "Task_ChooseAfterBreak", "EndEvent_SilenceBroken")
        .hasNotPassed("CatchEvent_SilenceExpired", "ServiceTask_AdoptBySilence");
    assertThat(fakes.silenceOutcomes).containsExactly(entry(silence.getId(), silenceOutcome));
    assertThat(managementService().createJobQuery().count()).isZero();
    assertThat(fakes.calls).containsExactly("startSilence", "announceSilenceBreak", "recordSilenceChoice");
  }
}
