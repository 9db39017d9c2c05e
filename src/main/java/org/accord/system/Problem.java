package org.accord.system;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;

/**
 * What went wrong, in words for the person who asked. The one mapping from a failure to an answer:
 * the API turns it into an RFC 7807 problem detail, a page shows it in place.
 */
public record Problem(HttpStatus status, String title, String detail) {

  private static final Logger log = LoggerFactory.getLogger(Problem.class);

  /**
   * Accord's own refusals carry their message. The engine wraps what delegates and task listeners
   * throw, so the whole cause chain is searched before a failure counts as unexpected (and is logged).
   */
  public static Problem of(Throwable failure) {
    // Accord's own refusal first, wherever it stands: a wrapper (the engine's, or RefusedInput) says less.
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException refusal) {
        return new Problem(refusal.status(), refusal.title(), refusal.getMessage());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Problem known = known(cause);
      if (known != null) {
        return known;
      }
    }
    log.error("Unexpected failure", failure);
    return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Accord could not complete this; nothing was recorded. Try again, or tell an administrator if it happens again.");
  }

  private static Problem known(Throwable cause) {
    if (cause instanceof RefusedInput refusal) {
      return new Problem(HttpStatus.BAD_REQUEST, "Invalid input", refusal.getMessage());
    }
    if (cause instanceof AuthorizationException) {
      return new Problem(HttpStatus.FORBIDDEN, "Forbidden", "The process engine does not authorize you for this step.");
    }
    if (cause instanceof AccessDeniedException) {
      return new Problem(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
    }
    if (cause instanceof OptimisticLockingException) {
      return new Problem(HttpStatus.CONFLICT, "Concurrent change",
          "Someone else changed this at the same moment; look at it again and retry.");
    }
    if (cause instanceof DataIntegrityViolationException) {
      return new Problem(HttpStatus.CONFLICT, "Conflict with existing data",
          "This conflicts with something already recorded.");
    }
    if (cause instanceof ConstraintViolationException || cause instanceof TypeMismatchException) {
      return new Problem(HttpStatus.BAD_REQUEST, "Invalid input", cause.getMessage());
    }
    return null;
  }

  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
