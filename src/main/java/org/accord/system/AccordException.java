package org.accord.system;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can understand and fix. Delegates and task listeners throw it too, so
 * a bad completion from any client (Accord's API, Camunda Tasklist) rolls back with the same message.
 */
public abstract class AccordException extends RuntimeException {

  protected AccordException(String message) {
    super(message);
  }

  public abstract HttpStatus status();

  /** A short, stable title for the problem detail. */
  public abstract String title();
}
