package org.accord.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database can fail a request before any controller runs: signing in with HTTP Basic, and the
 * roles read on each request, ask Camunda's identity service. Such a failure escapes the filters, and
 * would end as the servlet container's plain 500. This filter, outside Spring Security's, answers it
 * as the controllers do: 503, a problem detail, Retry-After.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  DatabaseUnavailableFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
        throw e;
      }
      Problem problem = Problem.of(e);
      response.resetBuffer();
      problem.writeTo(response, json);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectMapper json) {
      FilterRegistrationBean<DatabaseUnavailableFilter> registration =
          new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json));
      // Around Spring Security's filters, inside the request context (language of the answer).
      registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
      registration.addUrlPatterns("/*");
      return registration;
    }
  }
}
