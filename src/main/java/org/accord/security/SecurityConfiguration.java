package org.accord.security;

import org.accord.forum.ForumGroups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The API answers with problem details (401, 403) and takes HTTP Basic or the browser
 * session; everything else is for browsers, with form login. Nothing but the login page, static
 * assets and health is open to anonymous callers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String ADMINISTRATOR = ForumGroups.ADMINISTRATORS;

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http
        .securityMatcher("/api/**", "/engine-rest/**", "/v3/api-docs/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/engine-rest/**").hasRole(ADMINISTRATOR)
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
  SecurityFilterChain browser(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
                "/webjars/**").permitAll()
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(Customizer.withDefaults())
        .logout(logout -> logout
            .logoutRequestMatcher(camundaOrAccordLogout())
            .logoutSuccessUrl("/login?logout"))
        // Camunda's webapps bring their own CSRF protection.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  /** Logging out of Cockpit or Tasklist ends the Accord session too, or SSO would log straight back in. */
  private static RequestMatcher camundaOrAccordLogout() {
    return new OrRequestMatcher(
        PathPatternRequestMatcher.withDefaults().matcher("/logout"),
        PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/admin/auth/user/*/logout"));
  }
}
