package org.accord.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs identity reads and membership changes as Accord itself, not as the user whose command is
 * running: Camunda checks authorizations against this thread's authentication, and a user's grants
 * (a delegate's, a chair's) rightly do not reach other users' records or the groups. Clearing it for
 * the call is enough; it is put back after.
 */
public final class AsTheSystem {

  private AsTheSystem() {}

  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(current);
    }
  }

  public static void run(IdentityService identity, Runnable work) {
    call(identity, () -> {
      work.run();
      return null;
    });
  }
}
