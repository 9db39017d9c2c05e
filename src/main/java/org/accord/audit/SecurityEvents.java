package org.accord.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins through the login page, failed sign-ins through any door (the login page, HTTP Basic),
 * and a signed-in user's request that Spring Security refused, each on the trail on its own.
 */
@Component
class SecurityEvents {

  private final AuditTrail trail;

  SecurityEvents(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void on(InteractiveAuthenticationSuccessEvent signedIn) {
    trail.recordAlone(signedIn.getAuthentication().getName(), "SIGNED_IN", null, from(signedIn.getAuthentication()));
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent failed) {
    trail.recordAlone(failed.getAuthentication().getName(), "SIGN_IN_FAILED", null,
        from(failed.getAuthentication()) + "; " + failed.getException().getClass().getSimpleName());
  }

  @EventListener
  void on(AuthorizationDeniedEvent<?> denied) {
    Authentication who = denied.getAuthentication().get();
    if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
      return;  // an anonymous visit on its way to the login page is no refusal
    }
    trail.recordAlone(who.getName(), "REFUSED REQUEST", String.valueOf(denied.getSource()), null);
  }

  private static String from(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? "from " + details.getRemoteAddress() : "";
  }
}
