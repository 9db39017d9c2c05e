package org.accord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form's post, or HTTP Basic credentials) from a client address that
 * failed too often lately ({@link SignInGuard}), before the password is even checked: the form comes
 * back with a sentence, the API answers 429 with Retry-After. Requests riding on a session go on.
 */
final class SignInThrottle extends OncePerRequestFilter {

  private final ObjectProvider<SignInGuard> guard;
  private final ProblemResponses problems;

  /** Without a guard (a web slice test has no engine), nothing is refused. */
  SignInThrottle(ObjectProvider<SignInGuard> guard, ProblemResponses problems) {
    this.guard = guard;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean formSignIn = "POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/login");
    SignInGuard signIns = guard.getIfAvailable();
    if (signIns != null && (formSignIn || BasicCredentialsAlone.carriesBasicCredentials(request))) {
      Duration refused = signIns.refusedFor(request.getRemoteAddr());
      if (!refused.isZero() && !refused.isNegative()) {
        long minutes = Math.max(1, (refused.getSeconds() + 59) / 60);
        if (formSignIn) {
          response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
        } else {
          response.setHeader("Retry-After", String.valueOf(Math.max(1, refused.getSeconds())));
          problems.tooManySignIns(response, minutes);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
