package org.accord.system;

import org.springframework.http.HttpStatus;

/** Accord's own check: the caller is authenticated but may not act for this delegation or body. */
public class ForbiddenException extends AccordException {

  public ForbiddenException(String key, Object... args) {
    super(key, args);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.FORBIDDEN;
  }

  @Override
  public String titleKey() {
    return "problem.forbidden";
  }
}
