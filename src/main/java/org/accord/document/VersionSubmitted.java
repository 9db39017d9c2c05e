package org.accord.document;

import org.accord.tasklist.TaskCommand;
import org.accord.tasklist.TaskForm;

/**
 * What completes the upload or revise step: the version already uploaded through Accord, or one
 * typed into Camunda Tasklist's form ({@code typed}), which the step stores.
 */
public record VersionSubmitted(Submission typed) implements TaskCommand {

  static final VersionSubmitted UPLOADED = new VersionSubmitted(null);

  /** Tasklist's text and data fields; both empty means the version was uploaded in Accord. */
  public static VersionSubmitted fromForm(TaskForm form, String textField, String dataField) {
    String text = form.text(textField);
    String data = form.text(dataField);
    if (text == null && data == null) {
      return UPLOADED;
    }
    return new VersionSubmitted(new Submission(data, text == null ? null : VersionContent.text(text), null));
  }
}
