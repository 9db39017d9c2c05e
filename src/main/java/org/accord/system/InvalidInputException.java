package org.accord.system;

import org.springframework.http.HttpStatus;

/** The input itself is wrong: missing, malformed or out of range. */
public class InvalidInputException extends AccordException {

  public InvalidInputException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.BAD_REQUEST;
  }

  @Override
  public String titleKey() {
    return "problem.invalidInput";
  }
}
