package org.accord.system;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API is an RFC 7807 problem detail with the right 4xx status. Exceptions
 * thrown by delegates and task listeners arrive wrapped by the engine, so the cause chain is
 * searched for Accord's own exception first.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> anyOther(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException accord) {
        return problem(accord.status(), accord.title(), accord.getMessage());
      }
      if (cause instanceof AuthorizationException) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden",
            "The process engine does not authorize you for this task.");
      }
      if (cause instanceof OptimisticLockingException) {
        return problem(HttpStatus.CONFLICT, "Concurrent change",
            "Someone else changed this at the same moment; please try again.");
      }
      if (cause instanceof DataIntegrityViolationException) {
        return problem(HttpStatus.CONFLICT, "Conflict with existing data",
            "This conflicts with something already recorded.");
      }
    }
    log.error("Unexpected failure", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Accord could not complete the request; nothing was recorded.");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.status(status).body(problem);
  }
}
