package org.accord.security;

import java.util.Arrays;
import org.accord.forum.ForumGroups;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
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
  SecurityFilterChain machines(HttpSecurity http, ProblemResponses problems, ObjectProvider<IdentityService> identity,
      ObjectProvider<SignInGuard> signIns) throws Exception {
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
        // A call with HTTP Basic credentials carries no ambient credentials, so it needs no CSRF token:
        // it is signed in by them alone (BasicCredentialsAlone) or refused with 401. A call riding on the
        // browser session does, whatever other header it carries.
        .addFilterBefore(new BasicCredentialsAlone(), CsrfFilter.class)
        .csrf(csrf -> csrf
            .csrfTokenRepository(CsrfTokens.repository())
            .csrfTokenRequestHandler(new CsrfTokens())
            .ignoringRequestMatchers(BasicCredentialsAlone::carriesBasicCredentials))
        // Sign-ins from an address that failed too often are refused before the password is checked.
        .addFilterBefore(new SignInThrottle(signIns, problems), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browsers(HttpSecurity http, ObjectProvider<IdentityService> identity,
      ObjectProvider<FormService> forms, ObjectProvider<SignInGuard> signIns, ProblemResponses problems)
      throws Exception {
    return withCurrentRoles(http, identity)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/login", "/preferences", "/error", "/favicon.ico", "/css/**", "/js/**",
                "/images/**", "/webjars/**")).permitAll()
            // Cockpit's plugin API and the raw variables of Camunda's webapp API are the administrators':
            // a delegate's Tasklist reads the values of its task's form fields, and nothing else.
            .requestMatchers(CamundaWebappReads.ADMINISTRATORS_ONLY).hasRole(ADMINISTRATOR)
            .requestMatchers(CamundaWebappReads.FORM_VARIABLES).access(new CamundaWebappReads(forms))
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout
            // By POST only, so that a link or an image cannot sign anyone out. Logging out of Cockpit or
            // Tasklist ends the Accord session too, or SSO would log straight back in.
            .logoutRequestMatcher(posts("/logout", "/camunda/api/admin/auth/user/*/logout"))
            .logoutSuccessUrl("/login?logout"))
        // Camunda's webapps bring their own CSRF protection.
        .csrf(csrf -> csrf
            .csrfTokenRepository(CsrfTokens.repository())
            .csrfTokenRequestHandler(new CsrfTokens())
            .ignoringRequestMatchers(paths("/camunda/**")))
        .addFilterAfter(CsrfTokens.cookieFilter(), CsrfFilter.class)
        // Before the CSRF check, so that a held-back address is told so whatever token it sent.
        .addFilterBefore(new SignInThrottle(signIns, problems), CsrfFilter.class)
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            // Accord's pages load scripts and styles from Accord only; Camunda's webapps send their own policy.
            .addHeaderWriter(PagePolicy.headerWriter()))
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

  /**
   * Spring Security's firewall refuses a request it cannot trust (an encoded slash, a semicolon in the
   * path) with a 400 problem detail rather than a stack trace.
   */
  @Bean
  RequestRejectedHandler firewallRefusals(ProblemResponses problems) {
    return problems::rejected;
  }

  private static RequestMatcher posts(String... patterns) {
    PathPatternRequestMatcher.Builder matcher = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(pattern -> matcher.matcher(HttpMethod.POST, pattern))
        .toArray(RequestMatcher[]::new));
  }

  static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder matcher = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(matcher::matcher).toArray(RequestMatcher[]::new));
  }
}
