package org.accord.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns user and group ids into mail addresses through Camunda's identity service (which may be
 * backed by LDAP), once per user.
 */
@Component
class Recipients {

  private static final Logger log = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The users named and the members of the groups named, each once. */
  List<Recipient> resolve(Collection<String> userIds, Collection<String> groupIds) {
    return withEmail(asSystem(() -> {
      List<User> users = new ArrayList<>();
      if (!userIds.isEmpty()) {
        users.addAll(identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
      }
      for (String groupId : groupIds) {
        users.addAll(identityService.createUserQuery().memberOfGroup(groupId).list());
      }
      return users;
    }));
  }

  private static List<Recipient> withEmail(List<User> users) {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    for (User user : users) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        log.debug("User {} has no e-mail address and is not notified", user.getId());
      } else {
        byUser.putIfAbsent(user.getId(), new Recipient(user.getId(), user.getEmail().trim()));
      }
    }
    return List.copyOf(byUser.values());
  }

  /**
   * Runs identity queries without the acting user's authentication: a delegate may not read the
   * Secretariat's user records, yet their action must still reach the Secretariat. Inside an engine
   * command the authorization check reads this thread's authentication, so clearing it is enough.
   */
  private <T> T asSystem(Supplier<T> query) {
    Authentication acting = identityService.getCurrentAuthentication();
    if (acting == null) {
      return query.get();
    }
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      identityService.setAuthentication(acting);
    }
  }
}
