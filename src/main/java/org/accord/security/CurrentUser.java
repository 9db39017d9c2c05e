package org.accord.security;

import java.util.List;
import org.accord.system.ForbiddenException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user and the Camunda groups they belong to. */
public record CurrentUser(String id, List<String> groups) {

  public static CurrentUser get() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
    }
    return new CurrentUser(authentication.getName(), Roles.groupsOf(authentication));
  }

  /**
   * The user on whose behalf the engine runs the current command: set by Accord's API, by Camunda
   * Tasklist and by the engine REST API alike, so task listeners record the same actor whichever
   * client completed the task.
   */
  public static CurrentUser ofEngine(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ForbiddenException(
          "This step must be completed by a signed-in member of the forum.");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new CurrentUser(authentication.getUserId(), groups);
  }

  /** Accord's own check: refuses, with a 403 saying why, a user outside the group. */
  public void require(String group, String refusal) {
    if (!isIn(group)) {
      throw new ForbiddenException(refusal);
    }
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
