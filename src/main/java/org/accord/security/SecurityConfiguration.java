package org.accord.security;

import java.util.Arrays;
import org.accord.forum.ForumGroups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. Machines (Accord's API, Camunda's engine REST API, actuator) get problem details and
 * HTTP Basic, or ride on the browser session; browsers get form login. Nothing but the login page,
 * static assets and health is open to anonymous callers.
 *
 * <p>Paths are matched on the whole path, not relative to Spring MVC's servlet: the engine REST
 * API and Camunda's webapps run in servlets of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String ADMINISTRATOR = ForumGroups.ADMINISTRATORS;

  @Bean
  @Order(1)
  SecurityFilterChain machines(HttpSecurity http, ProblemResponses problems, ObjectProvider<IdentityService> identity)
      throws Exception {
    return withCurrentRoles(http, identity)
        .securityMatcher(paths("/api/**", "/engine-rest/**", "/v3/api-docs/**", "/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            .requestMatchers(paths("/engine-rest/**", "/actuator/**")).hasRole(ADMINISTRATOR)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        // A Basic-authenticated call carries no ambient credentials, so it needs no CSRF token;
        // a call riding on the browser session does.
        .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browsers(HttpSecurity http, ObjectProvider<IdentityService> identity) throws Exception {
    return withCurrentRoles(http, identity)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/login", "/preferences", "/error", "/favicon.ico", "/css/**", "/js/**",
                "/images/**", "/webjars/**")).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout
            // Logging out of Cockpit or Tasklist ends the Accord session too, or SSO would log straight back in.
            .logoutRequestMatcher(paths("/logout", "/camunda/api/admin/auth/user/*/logout"))
            .logoutSuccessUrl("/login?logout"))
        // Camunda's webapps bring their own CSRF protection.
        .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/camunda/**")))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  /** Roles re-read on each request ({@link CurrentRoles}) wherever the engine runs; a web slice test has none. */
  private static HttpSecurity withCurrentRoles(HttpSecurity http, ObjectProvider<IdentityService> identity) {
    IdentityService available = identity.getIfAvailable();
    return available == null ? http : http.addFilterAfter(new CurrentRoles(available), AnonymousAuthenticationFilter.class);
  }

  /**
   * Spring Security's refusals of a signed-in user's request become events, which the audit trail
   * puts on the record; without this bean Spring Security publishes none.
   */
  @Bean
  AuthorizationEventPublisher authorizationEvents(ApplicationEventPublisher events) {
    return new SpringAuthorizationEventPublisher(events);
  }

  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder matcher = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(matcher::matcher).toArray(RequestMatcher[]::new));
  }
}
