package org.accord.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in user's request answered 403 by Accord or by Camunda's APIs goes on the trail: the
 * refusals Spring Security makes itself come as events ({@link SecurityEvents}). Runs inside Spring
 * Security's filter chain, so it knows who asked.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequests {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> refusedRequestsOnTheTrail(AuditTrail trail) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } finally {
          if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() != null) {
            trail.recordAlone(request.getUserPrincipal().getName(), "REFUSED REQUEST",
                request.getMethod() + " " + request.getRequestURI(), null);
          }
        }
      }
    });
    registration.setOrder(0);
    return registration;
  }
}
