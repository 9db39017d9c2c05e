package org.accord.forum;

import org.accord.forum.FirstAdministrator.AdministratorMissing;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, in place of a stack trace, why Accord refused to start without an administrator. */
class AdministratorMissingAnalyzer extends AbstractFailureAnalyzer<AdministratorMissing> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdministratorMissing cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the environment variables ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD (at least 10 characters,"
            + " with upper- and lower-case letters, a digit and a special character) for the first start,"
            + " or start with the demo users (ACCORD_DEMO=true). Missing now: " + cause.variable() + ".",
        cause);
  }
}
