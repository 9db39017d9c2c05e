package org.accord.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.accord.forum.Delegation;
import org.accord.system.ForbiddenException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user and the Camunda groups they belong to. Controllers take it as an argument
 * ({@link CurrentUserArgumentResolver}); task listeners ask the engine ({@link #ofEngine}).
 */
public record CurrentUser(String id, List<String> groups) {

  public CurrentUser {
    groups = List.copyOf(groups);
  }

  static CurrentUser ofSecurityContext() {
    return signedIn().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
  }

  /** The user signed in for this request, if anyone is. */
  public static Optional<CurrentUser> signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    return Optional.of(new CurrentUser(authentication.getName(), Roles.groupsOf(authentication)));
  }

  /**
   * The user on whose behalf the engine runs the current command: set by Accord's API, by Camunda
   * Tasklist and by the engine REST API alike, so task listeners record the same actor whichever
   * client completed the task.
   */
  public static CurrentUser ofEngine(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ForbiddenException("refusal.security.signedIn");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new CurrentUser(authentication.getUserId(), groups);
  }

  public boolean has(Role role) {
    return groups.contains(role.group());
  }

  /** Refuses, with a 403 saying why, a user without the role. */
  public void require(Role role) {
    if (!has(role)) {
      throw new ForbiddenException(role.refusal());
    }
  }

  /** Refuses, with a 403 worded by the bundle key {@code refusal}, a user with none of the roles. */
  public void requireAny(String refusal, Role... roles) {
    if (Arrays.stream(roles).noneMatch(this::has)) {
      throw new ForbiddenException(refusal);
    }
  }

  public boolean isMemberOf(Delegation delegation) {
    return groups.contains(delegation.groupId());
  }

  /** Only a member of a delegation speaks for it. */
  public void requireMemberOf(Delegation delegation) {
    requireMemberOf(delegation, "refusal.security.notMember", delegation);
  }

  /** Refuses, with a 403 worded by the bundle key {@code refusal} and its arguments, a non-member. */
  public void requireMemberOf(Delegation delegation, String refusal, Object... args) {
    if (!isMemberOf(delegation)) {
      throw new ForbiddenException(refusal, args);
    }
  }
}
