package org.accord.system;

import org.springframework.http.HttpStatus;

/** The request is well formed but the document is not in a state that allows it. */
public class ConflictException extends AccordException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.CONFLICT;
  }

  @Override
  public String title() {
    return "Conflict with the current state";
  }
}
