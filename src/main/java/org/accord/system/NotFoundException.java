package org.accord.system;

import org.springframework.http.HttpStatus;

/** The addressed thing does not exist. */
public class NotFoundException extends AccordException {

  public NotFoundException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.NOT_FOUND;
  }

  @Override
  public String titleKey() {
    return "problem.notFound";
  }
}
