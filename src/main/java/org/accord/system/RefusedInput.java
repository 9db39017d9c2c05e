package org.accord.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input the process engine refuses before it changes anything. A completion's bad input is what
 * Camunda's REST API (and so its Tasklist) answers with 400 when it is a form validation failure,
 * so this is one; Accord's own API answers it with 400 too ({@link Problem}).
 */
public class RefusedInput extends FormFieldValidationException {

  public RefusedInput(String message) {
    super("accord", message);
  }

  public RefusedInput(String message, Throwable cause) {
    super("accord", message, cause);
  }
}
