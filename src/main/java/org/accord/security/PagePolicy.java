package org.accord.security;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The Content-Security-Policy of Accord's pages. Every script and style comes from Accord itself (htmx
 * and Chart.js from their webjars, Accord's own scripts from /js); no page has an inline script, style or
 * event handler, and htmx is told not to evaluate code nor add a style of its own (layout.html). Images
 * may be data: URIs (Swagger UI's icons). Camunda's webapps under /camunda send a policy of their own.
 * Written on HTML only: a downloaded PDF opens in the browser's own viewer, which a page's policy
 * would get in the way of.
 */
final class PagePolicy {

  static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'self'";

  private PagePolicy() {}

  static HeaderWriter headerWriter() {
    HeaderWriter policy = new ContentSecurityPolicyHeaderWriter(PAGES);
    HeaderWriter onHtml = (request, response) -> {
      String type = response.getContentType();
      if (type == null || type.startsWith("text/html")) {
        policy.writeHeaders(request, response);
      }
    };
    return new DelegatingRequestMatcherHeaderWriter(
        new NegatedRequestMatcher(SecurityConfiguration.paths("/camunda/**")), onHtml);
  }
}
