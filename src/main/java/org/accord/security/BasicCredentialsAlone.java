package org.accord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A call with HTTP Basic credentials is signed in by them alone, never by a session cookie it also
 * carries: Spring Security would otherwise trust the session when both name the same user, and skip the
 * password. That is what lets such a call go without a CSRF token. Only this request's security context
 * is set aside; the session keeps its own.
 */
final class BasicCredentialsAlone extends OncePerRequestFilter {

  static boolean carriesBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (carriesBasicCredentials(request)) {
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }
}
