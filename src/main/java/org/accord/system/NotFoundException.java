package org.accord.system;

import org.springframework.http.HttpStatus;

/** The addressed thing does not exist. */
public class NotFoundException extends AccordException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.NOT_FOUND;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
