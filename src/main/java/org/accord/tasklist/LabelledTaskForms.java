package org.accord.tasklist;

import java.util.ResourceBundle;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.engine.HtmlDocumentBuilder;
import org.camunda.bpm.engine.impl.form.engine.HtmlElementWriter;
import org.camunda.bpm.engine.impl.form.engine.HtmlFormEngine;
import org.springframework.stereotype.Component;

/**
 * Camunda Tasklist shows a task's {@code camunda:formField}s as the form the engine renders
 * ({@code GET /task/{id}/rendered-form}). Camunda's renderer writes {@code <label for="positionKind">}
 * but gives the input only a {@code name}, so the label names nothing and a screen reader announces
 * an input without a name; its date picker's button holds only an icon. This plugin puts in its
 * place a renderer that gives each input, select and date field the id its label points at, and the
 * calendar button a name. Everything else (the attributes Tasklist's form script reads:
 * {@code cam-variable-name}, {@code cam-variable-type}, the validation) stays Camunda's.
 */
@Component
public class LabelledTaskForms extends AbstractProcessEnginePlugin {

  /** The renderer is looked up by name, and by {@code null} when the caller names none (Tasklist's path). */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Renderer renderer = new Renderer(calendarButtonName());
    configuration.getFormEngines().put(null, renderer);
    configuration.getFormEngines().put(renderer.getName(), renderer);
  }

  /**
   * In the bundles' English: Tasklist speaks English only, and the engine renders outside any request.
   * Read without Spring, because the process tests' engine installs this plugin too.
   */
  static String calendarButtonName() {
    return ResourceBundle.getBundle("messages", java.util.Locale.ROOT).getString("tasklist.camunda.openCalendar");
  }

  /** Camunda's renderer with its form controls named by their labels. */
  static final class Renderer extends HtmlFormEngine {

    private final String calendarButtonName;

    Renderer(String calendarButtonName) {
      this.calendarButtonName = calendarButtonName;
    }

    /** Every input, select and date field passes here: the id makes the label's {@code for} point at it. */
    @Override
    protected void addCommonFormFieldAttributes(FormField field, HtmlElementWriter element) {
      super.addCommonFormFieldAttributes(field, element);
      element.attribute("id", field.getId());
    }

    /**
     * The same date field as Camunda's (a text input with Tasklist's popup calendar and the form
     * script that opens it), with a name on the icon-only button that opens the calendar.
     */
    @Override
    protected void renderDatePicker(FormField field, HtmlDocumentBuilder html) {
      if (isReadOnly(field)) {
        super.renderDatePicker(field, html);
        return;
      }
      String id = field.getId();
      html.startElement(new HtmlElementWriter("div").attribute("class", "input-group"));
      html.startElement(createInputField(field)
          .attribute("uib-datepicker-popup", (String) field.getType().getInformation("datePattern"))
          .attribute("is-open", "dateFieldOpened" + id)).endElement();
      html.startElement(new HtmlElementWriter("div").attribute("class", "input-group-btn"));
      html.startElement(new HtmlElementWriter("button").attribute("type", "button")
          .attribute("class", "btn btn-default")
          .attribute("aria-label", calendarButtonName)
          .attribute("title", calendarButtonName)
          .attribute("ng-click", "open" + id + "($event)"));
      html.startElement(new HtmlElementWriter("i").attribute("class", "glyphicon glyphicon-calendar")
          .attribute("aria-hidden", "true")).endElement();
      html.endElement(); // button
      html.endElement(); // input-group-btn
      html.startElement(new HtmlElementWriter("script").attribute("cam-script", null)
          .attribute("type", "text/form-script")
          .textContent("$scope.open" + id + " = function ($event) { $event.preventDefault(); "
              + "$event.stopPropagation(); $scope.dateFieldOpened" + id + " = true; };"))
          .endElement();
      html.endElement(); // input-group
    }
  }
}
