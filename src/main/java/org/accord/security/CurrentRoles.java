package org.accord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in user's roles those of their Camunda groups now, one indexed query a request: a
 * session outlives a membership, and an acting chair's rights must begin and end with the designation.
 * A request that signed in (HTTP Basic) read them a moment ago and is left alone.
 * Static assets are left alone. Not a bean, so that it runs only inside Spring Security's chains.
 */
final class CurrentRoles extends OncePerRequestFilter {

  private final IdentityService identity;

  CurrentRoles(IdentityService identity) {
    this.identity = identity;
  }

  /** The user's Camunda groups as Spring Security roles. */
  static List<GrantedAuthority> of(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(groupId -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.PREFIX + groupId))
        .toList();
  }

  /** Accord's static assets, and those of Camunda's webapps (dozens a page), need no roles. */
  private static final List<String> ASSETS = List.of("/css/", "/js/", "/images/", "/webjars/", "/camunda/app/",
      "/camunda/assets/", "/camunda/lib/");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return ASSETS.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = SecurityContextHolder.getContext();
    if (context.getAuthentication() instanceof IdentityAuthentication signedIn
        && !signedIn.takeRolesJustRead()) {
      List<GrantedAuthority> now = of(identity, signedIn.getName());
      if (!new HashSet<>(now).equals(new HashSet<>(signedIn.getAuthorities()))) {
        IdentityAuthentication current = new IdentityAuthentication(signedIn.getName(), now, false);
        current.setDetails(signedIn.getDetails());
        context.setAuthentication(current);
      }
    }
    chain.doFilter(request, response);
  }
}
