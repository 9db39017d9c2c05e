package org.accord.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API is an RFC 7807 problem detail with the right 4xx status ({@link Problem});
 * an unreachable database is a 503 with Retry-After ({@link DatabaseUnavailable}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> refused(Exception e) {
    Problem problem = Problem.of(e);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
    if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    return response.body(problem.toProblemDetail());
  }

  /**
   * A body that cannot be read is answered with what is wrong with it, in the caller's words: never
   * Jackson's message, which names Accord's classes.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(unreadable(e).toProblemDetail());
  }

  private static Problem unreadable(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccordException) {
        return Problem.of(cause);
      }
      if (cause instanceof StreamConstraintsException) {
        return invalid("refusal.input.tooLong");
      }
      if (cause instanceof JsonParseException parse) {
        return invalid("refusal.input.unreadableJson", parse.getOriginalMessage()
            + (parse.getLocation() == null ? "" : " (line " + parse.getLocation().getLineNr()
                + ", column " + parse.getLocation().getColumnNr() + ")"));
      }
      if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
        String field = mismatch.getPath().stream()
            .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
            .collect(Collectors.joining("."));
        return invalid("refusal.input.wrongType", field);
      }
    }
    return invalid("refusal.input.unreadable");
  }

  private static Problem invalid(String key, Object... args) {
    return Problem.of(new InvalidInputException(key, args));
  }
}
