package org.accord.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Roles are Camunda group ids behind Spring's prefix. */
final class Roles {

  static final String PREFIX = "ROLE_";

  private Roles() {}

  static List<String> groupsOf(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(PREFIX))
        .map(authority -> authority.substring(PREFIX.length()))
        .toList();
  }
}
