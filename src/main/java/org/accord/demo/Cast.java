package org.accord.demo;

import java.util.List;
import java.util.Map;
import org.accord.security.CurrentUser;

/**
 * The people the demo acts as, each with the Camunda groups they sign in with, so that the engine's
 * authorizations and Accord's own checks see exactly what they see for a real user.
 */
record Cast(CurrentUser secretariat, CurrentUser swgChair, CurrentUser socChair, Map<String, CurrentUser> delegates) {

  /** The delegate who speaks for a member state (its first user). */
  CurrentUser delegateOf(String stateCode) {
    CurrentUser delegate = delegates.get(stateCode);
    if (delegate == null) {
      throw new IllegalStateException("The demo has no delegate of " + stateCode);
    }
    return delegate;
  }

  /** The member states' codes, in the forum's order. */
  List<String> memberStates() {
    return List.copyOf(delegates.keySet());
  }
}
