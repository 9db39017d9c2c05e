package org.accord.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.sql.SQLException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;

/**
 * What went wrong, in words for the person who asked. The one mapping from a failure to an answer:
 * the API turns it into an RFC 7807 problem detail, a page shows it in place.
 */
public record Problem(HttpStatus status, String title, String detail) implements Serializable {

  private static final Logger log = LoggerFactory.getLogger(Problem.class);

  /**
   * Accord's own refusals carry their message. The engine wraps what delegates and task listeners
   * throw, so the whole cause chain is searched before a failure counts as unexpected (and is logged).
   */
  public static Problem of(Throwable failure) {
    // Accord's own refusal first, wherever it stands: a wrapper (the engine's, or RefusedInput) says less.
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException refusal) {
        return new Problem(refusal.status(), words(refusal.titleKey()), refusal.getLocalizedMessage());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Problem known = known(cause);
      if (known != null) {
        return known;
      }
    }
    if (DatabaseUnavailable.isCause(failure)) {
      // Expected while PostgreSQL restarts or the network is cut; one line, not a stack trace per request.
      log.warn("Database unavailable: {}", rootMessage(failure));
      return of(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", "problem.unavailable.detail");
    }
    log.error("Unexpected failure", failure);
    return of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", "problem.internal.detail");
  }

  /** A problem worded by keys of the message bundles, in the language of the request being answered. */
  public static Problem of(HttpStatus status, String titleKey, String detailKey) {
    return new Problem(status, words(titleKey), words(detailKey));
  }

  private static Problem known(Throwable cause) {
    if (cause instanceof RefusedInput refusal) {
      return new Problem(HttpStatus.BAD_REQUEST, words("problem.invalidInput"), refusal.getLocalizedMessage());
    }
    if (cause instanceof AuthorizationException) {
      return of(HttpStatus.FORBIDDEN, "problem.forbidden", "problem.forbidden.engine");
    }
    if (cause instanceof AccessDeniedException) {
      return of(HttpStatus.FORBIDDEN, "problem.forbidden", "problem.forbidden.detail");
    }
    if (cause instanceof OptimisticLockingException) {
      return of(HttpStatus.CONFLICT, "problem.concurrentChange", "problem.concurrentChange.detail");
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
      // SQL's "data exception" class: a value the database cannot take (a NUL character in a text,
      // a number out of range), which is the input's fault, said without the statement.
      return of(HttpStatus.BAD_REQUEST, "problem.invalidInput", "problem.invalidData.detail");
    }
    if (cause instanceof DataIntegrityViolationException integrity && isDataException(integrity)) {
      return of(HttpStatus.BAD_REQUEST, "problem.invalidInput", "problem.invalidData.detail");
    }
    if (cause instanceof DataIntegrityViolationException) {
      return of(HttpStatus.CONFLICT, "problem.existingData", "problem.existingData.detail");
    }
    if (cause instanceof ConstraintViolationException || cause instanceof TypeMismatchException) {
      return new Problem(HttpStatus.BAD_REQUEST, words("problem.invalidInput"), cause.getLocalizedMessage());
    }
    return null;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static boolean isDataException(DataIntegrityViolationException integrity) {
    return integrity.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
        && sql.getSQLState().startsWith("22");
  }

  private static String words(String key) {
    return BundleText.in(BundleText.currentLanguage(), key).orElse(key);
  }

  /**
   * Writes the problem as the whole answer, for filters and handlers that answer before or outside
   * Spring MVC's controllers; a 503 says when to try again.
   */
  public void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setStatus(status.value());
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), toProblemDetail());
  }

  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
