package org.accord.forum;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one administrator a forum without the demo starts with, named by the operator
 * ({@code ACCORD_ADMIN_USER}, {@code ACCORD_ADMIN_PASSWORD}); everyone else is created by that
 * administrator in Camunda Admin. An existing user of that name is made an administrator and keeps
 * their password. A forum with an administrator already (a restart) needs neither variable; a new
 * one without them does not start ({@link AdministratorMissing}), rather than start with no one able
 * to manage it, or with a password the policy refuses.
 */
@Component
class FirstAdministrator {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identity;
  private final String userId;
  private final String password;
  private final boolean demoUsers;

  FirstAdministrator(IdentityService identity, @Value("${accord.admin.user:}") String userId,
      @Value("${accord.admin.password:}") String password, @Value("${accord.demo-users:false}") boolean demoUsers) {
    this.identity = identity;
    this.userId = userId == null ? "" : userId.trim();
    this.password = password == null ? "" : password;
    this.demoUsers = demoUsers;
  }

  void ensure() {
    if (userId.isEmpty()) {
      if (!demoUsers && !anAdministratorExists()) {
        throw new AdministratorMissing("ACCORD_ADMIN_USER",
            "Accord starts without the demo users, and the forum has no administrator yet.");
      }
      return;
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      if (password.isEmpty()) {
        throw new AdministratorMissing("ACCORD_ADMIN_PASSWORD",
            "The administrator " + userId + " does not exist yet and needs a password.");
      }
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Administrator");
      PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(password, user);
      if (!policy.isValid()) {
        throw new AdministratorMissing("ACCORD_ADMIN_PASSWORD",
            "The password does not meet Camunda's password policy: " + policy.getViolatedRules().stream()
                .map(rule -> rule.getPlaceholder() + (rule.getParameters() == null ? "" : " " + rule.getParameters()))
                .collect(Collectors.joining(", ")) + ".");
      }
      user.setPassword(password);
      identity.saveUser(user);
      log.info("Administrator {} created (ACCORD_ADMIN_USER)", userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(ForumGroups.ADMINISTRATORS).count() == 0) {
      identity.createMembership(userId, ForumGroups.ADMINISTRATORS);
    }
  }

  private boolean anAdministratorExists() {
    return identity.createUserQuery().memberOfGroup(ForumGroups.ADMINISTRATORS).count() > 0;
  }

  /** Why Accord did not start, and which environment variable the operator sets to fix it. */
  static final class AdministratorMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    AdministratorMissing(String variable, String reason) {
      super(reason + " Set " + variable + ".");
      this.variable = variable;
    }

    String variable() {
      return variable;
    }
  }
}
