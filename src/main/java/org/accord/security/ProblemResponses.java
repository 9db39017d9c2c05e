package org.accord.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accord.system.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for API callers, as RFC 7807 problem details rather than a login page. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Accord\"");
    write(response, Problem.of(HttpStatus.UNAUTHORIZED, "problem.unauthorized", "problem.unauthorized.detail"));
  }

  /**
   * A caller who has not signed in is asked to (401), even where the CSRF check, which runs before
   * authentication, is what refused them; a signed-in caller is refused (403).
   */
  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
      commence(request, response, new InsufficientAuthenticationException("not signed in", e));
      return;
    }
    write(response, Problem.of(HttpStatus.FORBIDDEN, "problem.forbidden",
        e instanceof CsrfException ? "problem.forbidden.csrf" : "problem.forbidden.role"));
  }

  /** Spring Security's firewall: a request it cannot trust is refused before anything reads it. */
  void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    write(response, Problem.of(HttpStatus.BAD_REQUEST, "problem.invalidInput", "problem.rejectedRequest"));
  }

  void tooManySignIns(HttpServletResponse response, long minutes) throws IOException {
    Problem words = Problem.of(HttpStatus.TOO_MANY_REQUESTS, "problem.tooManySignIns", "problem.tooManySignIns.detail");
    write(response, new Problem(HttpStatus.TOO_MANY_REQUESTS, words.title(),
        java.text.MessageFormat.format(words.detail(), minutes)));
  }

  private void write(HttpServletResponse response, Problem problem) throws IOException {
    problem.writeTo(response, json);
  }
}
