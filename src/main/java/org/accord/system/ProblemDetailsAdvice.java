package org.accord.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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
}
