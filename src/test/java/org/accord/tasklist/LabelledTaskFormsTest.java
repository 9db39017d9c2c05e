package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.FormFieldValidationConstraintImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.engine.HtmlFormEngine;
import org.camunda.bpm.engine.impl.form.type.BooleanFormType;
import org.camunda.bpm.engine.impl.form.type.DateFormType;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;
import org.camunda.bpm.engine.impl.form.type.LongFormType;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user task's form, as Camunda Tasklist shows it (the engine's generated form), names each of
 * its inputs by the field's label, so that a screen reader announces what to enter.
 */
class LabelledTaskFormsTest {

  private final HtmlFormEngine renderer = new LabelledTaskForms.Renderer(LabelledTaskForms.calendarButtonName());

  static List<UserTasksOfAccord> userTasks() {
    return UserTasksOfAccord.all();
  }

  @Test
  void shouldFindEveryUserTaskOfTheFourProcesses() {
    assertThat(userTasks()).extracting(task -> task.task().getId()).containsExactlyInAnyOrder(
        "Task_UploadDraft", "Task_RegisterDocument", "Task_ReviseDocument", "Task_DecideOnFurtherRounds",
        "Task_ConfirmConsensus", "Task_ChooseSocRoute", "Task_GivePosition", "Task_CirculateUnderSilence",
        "Task_ChooseAfterBreak", "Task_BuildAgenda", "Task_DecideItem", "Task_CloseMeeting");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void shouldLabelEveryFormFieldInTheModel(UserTasksOfAccord userTask) {
    assertThat(userTask.formFields()).as("a user task without form fields shows Tasklist's generic form").isNotEmpty();
    for (CamundaFormField field : userTask.formFields()) {
      assertThat(field.getCamundaLabel()).as(field.getCamundaId()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void shouldNameEveryInputOfTheGeneratedFormByItsLabel(UserTasksOfAccord userTask) {
    String html = (String) renderer.renderTaskForm(formData(userTask));

    assertThat(LabelledControls.controls(html)).isGreaterThanOrEqualTo(userTask.formFields().size());
    assertThat(LabelledControls.unnamed(html)).as(html).isEmpty();
    for (CamundaFormField field : userTask.formFields()) {
      assertThat(html).contains("<label for=\"" + field.getCamundaId() + "\">", "id=\"" + field.getCamundaId() + "\"",
          "cam-variable-name=\"" + field.getCamundaId() + "\"");
    }
  }

  @Test
  void shouldNameTheButtonThatOpensTheCalendarOfADateField() {
    String html = (String) renderer.renderTaskForm(formData(userTasks().stream()
        .filter(task -> task.task().getId().equals("Task_CirculateUnderSilence")).findFirst().orElseThrow()));

    assertThat(html).contains("aria-label=\"Open the calendar\"", "uib-datepicker-popup=\"dd/MM/yyyy\"",
        "is-open=\"dateFieldOpenedsilenceExpiresAt\"", "ng-click=\"opensilenceExpiresAt($event)\"",
        "$scope.opensilenceExpiresAt = function", "<i class=\"glyphicon glyphicon-calendar\" aria-hidden=\"true\">");
  }

  /** Tasklist's form script reads Camunda's markup; the renderer adds names and changes nothing else. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void shouldRenderCamundasOwnFormWithOnlyTheNamesAdded(UserTasksOfAccord userTask) {
    String ours = (String) renderer.renderTaskForm(formData(userTask));
    String camundas = (String) new HtmlFormEngine().renderTaskForm(formData(userTask));

    assertThat(ours.replaceAll(" (id|aria-label|title|aria-hidden)=\"[^\"]*\"", "")).isEqualTo(camundas);
  }

  @Test
  void shouldShowWhyCamundasOwnRendererNeedsThis() {
    String html = (String) new HtmlFormEngine().renderTaskForm(formData(userTasks().get(0)));

    assertThat(LabelledControls.unnamed(html)).isNotEmpty();
  }

  /** The form data the engine hands its renderer, built from the model as the engine builds it. */
  private static TaskFormDataImpl formData(UserTasksOfAccord userTask) {
    TaskFormDataImpl data = new TaskFormDataImpl();
    List<FormField> fields = userTask.formFields().stream().map(LabelledTaskFormsTest::field).toList();
    data.setFormFields(fields);
    return data;
  }

  private static FormField field(CamundaFormField model) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(model.getCamundaId());
    field.setLabel(model.getCamundaLabel());
    field.setType(type(model));
    List<FormFieldValidationConstraint> constraints = model.getCamundaValidation() == null ? List.of()
        : model.getCamundaValidation().getCamundaConstraints().stream()
            .map(constraint -> (FormFieldValidationConstraint) new FormFieldValidationConstraintImpl(
                constraint.getCamundaName(), constraint.getCamundaConfig()))
            .toList();
    field.setValidationConstraints(constraints);
    return field;
  }

  private static FormType type(CamundaFormField model) {
    return switch (model.getCamundaType()) {
      case "string" -> new StringFormType();
      case "long" -> new LongFormType();
      case "boolean" -> new BooleanFormType();
      case "date" -> new DateFormType("dd/MM/yyyy");
      case "enum" -> {
        Map<String, String> values = new LinkedHashMap<>();
        for (CamundaValue value : model.getCamundaValues()) {
          values.put(value.getCamundaId(), value.getCamundaName());
        }
        yield new EnumFormType(values);
      }
      default -> throw new IllegalArgumentException("a form field type Accord does not use: " + model.getCamundaType());
    };
  }
}
