package org.accord.system;

import org.springframework.http.HttpStatus;

/** The request is well formed but the document is not in a state that allows it. */
public class ConflictException extends AccordException {

  public ConflictException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.CONFLICT;
  }

  @Override
  public String titleKey() {
    return "problem.conflict";
  }
}
