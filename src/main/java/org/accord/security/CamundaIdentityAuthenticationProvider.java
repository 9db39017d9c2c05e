package org.accord.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security checks passwords against Camunda's identity service, so a user created or locked
 * in Camunda Admin is the same user everywhere. The user's Camunda groups become their roles
 * ({@link CurrentRoles} keeps them current).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final TransactionTemplate oneTransaction;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.oneTransaction = new TransactionTemplate(transactions);
  }

  /**
   * The password check and the user's groups in one transaction, not one each: an API client sends its
   * credentials with every request. A wrong password's count towards the lockout commits with it, since
   * the refusal is thrown only after.
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    List<GrantedAuthority> roles = userId == null || userId.isBlank() || credentials == null ? null
        : oneTransaction.execute(status -> identityService.checkPassword(userId, credentials.toString())
            ? CurrentRoles.of(identityService, userId) : null);
    if (roles == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    return new IdentityAuthentication(userId, roles, true);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
