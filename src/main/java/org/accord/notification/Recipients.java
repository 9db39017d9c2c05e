package org.accord.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import java.util.Locale;
import org.accord.forum.Forum;
import org.accord.security.UserPreferences;
import org.accord.security.UserPreferences.Preference;
import org.accord.system.AsTheSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns user and group ids into mail addresses through Camunda's identity service (which may be
 * backed by LDAP), once per user, each with the language and time zone they chose (else English, the
 * forum's first working language, and the forum's time zone).
 */
@Component
class Recipients {

  private static final Logger log = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identityService;
  private final UserPreferences preferences;
  private final Forum forum;

  Recipients(IdentityService identityService, UserPreferences preferences, Forum forum) {
    this.identityService = identityService;
    this.preferences = preferences;
    this.forum = forum;
  }

  /** The users named and the members of the groups named, each once. */
  List<Recipient> resolve(Collection<String> userIds, Collection<String> groupIds) {
    // A delegate may not read the Secretariat's user records, yet their action must still reach it.
    return withEmail(AsTheSystem.call(identityService, () -> {
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

  private List<Recipient> withEmail(List<User> users) {
    Map<String, User> byUser = new LinkedHashMap<>();
    for (User user : users) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        log.debug("User {} has no e-mail address and is not notified", user.getId());
      } else {
        byUser.putIfAbsent(user.getId(), user);
      }
    }
    Map<String, Preference> chosen = preferences.of(byUser.keySet());
    return byUser.values().stream().map(user -> {
      Preference preference = chosen.get(user.getId());
      Locale language = preference == null || preference.language() == null ? Locale.ENGLISH : preference.language();
      ZoneId zone = preference == null || preference.timeZone() == null ? forum.timeZone() : preference.timeZone();
      return new Recipient(user.getId(), user.getEmail().trim(), language, zone);
    }).toList();
  }
}
