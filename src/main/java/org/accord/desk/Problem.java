package org.accord.desk;

import org.accord.system.AccordException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/** What went wrong, in words for the person at the desk. */
record Problem(HttpStatus status, String title, String message) {

  private static final Logger log = LoggerFactory.getLogger(Problem.class);

  /**
   * Accord's own refusals carry their message; the engine wraps those thrown by task listeners, so
   * the whole cause chain is searched before a failure counts as unexpected.
   */
  static Problem of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException refusal) {
        return new Problem(refusal.status(), refusal.title(), refusal.getMessage());
      }
      if (cause instanceof AuthorizationException) {
        return new Problem(HttpStatus.FORBIDDEN, "Forbidden", "The process engine does not authorize you for this step.");
      }
      if (cause instanceof OptimisticLockingException || cause instanceof DataIntegrityViolationException) {
        return new Problem(HttpStatus.CONFLICT, "Concurrent change",
            "Someone else changed this meeting at the same moment; look at the page again and retry.");
      }
      if (cause instanceof TypeMismatchException) {
        return new Problem(HttpStatus.BAD_REQUEST, "Invalid address", "This address does not name a meeting.");
      }
    }
    log.error("Unexpected failure at the meeting desk", failure);
    return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
        "Accord could not complete this; nothing was recorded. Try again, or tell an administrator if it happens again.");
  }
}
