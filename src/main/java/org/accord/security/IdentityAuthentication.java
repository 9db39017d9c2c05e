package org.accord.security;

import java.util.Collection;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A user signed in against Camunda's identity service, whose roles are their Camunda groups as they
 * are now: {@link CurrentRoles} reads the groups again on each request, so a membership that begins
 * or ends (an acting chair's, one changed in Camunda Admin) counts at once, without signing in again.
 */
final class IdentityAuthentication extends UsernamePasswordAuthenticationToken {

  private static final long serialVersionUID = 1L;

  /** Set when the roles were read for the request that signs in with this authentication. */
  private transient volatile boolean rolesJustRead;

  IdentityAuthentication(String userId, Collection<? extends GrantedAuthority> roles, boolean rolesJustRead) {
    super(userId, null, roles);
    this.rolesJustRead = rolesJustRead;
  }

  /** True once, for the request that signed in (an API call with HTTP Basic does on each request). */
  boolean takeRolesJustRead() {
    boolean justRead = rolesJustRead;
    rolesJustRead = false;
    return justRead;
  }
}
