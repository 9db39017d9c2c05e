package org.accord.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request the API refuses before any controller holds it: a body of a type no endpoint takes (415),
 * or beyond the upload limit (413). Spring MVC would leave these to the servlet container's error page,
 * since no controller advice applies without a controller; the API answers them as problem details too.
 */
@Component
class RequestProblems implements HandlerExceptionResolver, Ordered {

  private final ObjectMapper json;

  RequestProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public int getOrder() {
    return -1; // before Spring MVC's own resolvers
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception failure) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    Problem problem = problemOf(failure);
    if (problem == null || response.isCommitted()) {
      return null;
    }
    try {
      problem.writeTo(response, json);
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  static Problem problemOf(Throwable failure) {
    if (failure instanceof HttpMediaTypeNotSupportedException) {
      return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType",
          "problem.unsupportedMediaType.detail");
    }
    if (failure instanceof MaxUploadSizeExceededException || failure instanceof MultipartException
        && failure.getCause() != null && failure.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
      return Problem.of(HttpStatus.PAYLOAD_TOO_LARGE, "problem.payloadTooLarge", "problem.payloadTooLarge.detail");
    }
    return null;
  }
}
