package org.accord.system;

import org.springframework.http.HttpStatus;

/** The input itself is wrong: missing, malformed or out of range. */
public class InvalidInputException extends AccordException {

  public InvalidInputException(String message) {
    super(message);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.BAD_REQUEST;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
