package org.accord.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers Camunda's own authentication filters behind Spring Security's filter chain (order
 * -100), so that they see the Spring-authenticated user: the webapps keep it in their session, the
 * engine REST API sets it on the engine for the length of each request.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

  private static final Map<String, String> PROVIDER = Map.of(
      "authentication-provider", SpringSecurityAuthenticationProvider.class.getName());

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(PROVIDER);
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(101);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaEngineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of(
        "authentication-provider", SpringSecurityAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", "/engine-rest"));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(102);
    return registration;
  }
}
