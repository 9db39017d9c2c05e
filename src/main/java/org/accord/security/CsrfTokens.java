package org.accord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF tokens in a cookie script can read, so that Swagger UI sends the signed-in session's token with
 * every write it tries ({@code springdoc.swagger-ui.csrf}). Accord's pages still put the token in their
 * forms, masked anew on each page (BREACH); a header carries the cookie's plain value, as Swagger UI
 * and htmx send it. Named apart from Camunda's webapps' own XSRF-TOKEN cookie.
 */
final class CsrfTokens implements CsrfTokenRequestHandler {

  static final String COOKIE = "ACCORD-XSRF-TOKEN";
  static final String HEADER = "X-ACCORD-XSRF-TOKEN";

  private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

  static CookieCsrfTokenRepository repository() {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieName(COOKIE);
    repository.setHeaderName(HEADER);
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return repository;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masked.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    // The cookie's plain value (Swagger UI), or a page's masked token (forms, htmx's hx-headers).
    String header = request.getHeader(token.getHeaderName());
    if (StringUtils.hasText(header) && MessageDigest.isEqual(
        header.getBytes(StandardCharsets.UTF_8), token.getToken().getBytes(StandardCharsets.UTF_8))) {
      return header;
    }
    return masked.resolveCsrfTokenValue(request, token);
  }

  /** Loads the token on every page, so that the cookie is there before a script needs it. */
  static OncePerRequestFilter cookieFilter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
          token.getToken();
        }
        chain.doFilter(request, response);
      }
    };
  }
}
