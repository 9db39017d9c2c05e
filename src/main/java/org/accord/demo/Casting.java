package org.accord.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Finds the demo's people in Camunda's identity service, where the forum seeder put them: the first
 * member of each role's group and of each member state's delegation, with all of their groups.
 */
@Component
class Casting {

  private final IdentityService identity;
  private final Forum forum;

  Casting(IdentityService identity, Forum forum) {
    this.identity = identity;
    this.forum = forum;
  }

  /** Empty when a role has nobody to play it, e.g. an operator who manages the users in Camunda Admin. */
  Optional<Cast> assemble() {
    Optional<CurrentUser> secretariat = firstMemberOf(ForumGroups.SECRETARIAT);
    Optional<CurrentUser> swgChair = firstMemberOf(ForumGroups.SWG_CHAIR);
    Optional<CurrentUser> socChair = firstMemberOf(ForumGroups.SOC_CHAIR);
    if (secretariat.isEmpty() || swgChair.isEmpty() || socChair.isEmpty()) {
      return Optional.empty();
    }
    Map<String, CurrentUser> delegates = new LinkedHashMap<>();
    for (Delegation state : forum.memberStates()) {
      Optional<CurrentUser> delegate = firstMemberOf(state.groupId());
      if (delegate.isEmpty()) {
        return Optional.empty();
      }
      delegates.put(state.code(), delegate.get());
    }
    return Optional.of(new Cast(secretariat.get(), swgChair.get(), socChair.get(), delegates));
  }

  private Optional<CurrentUser> firstMemberOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, 1).stream()
        .findFirst()
        .map(User::getId)
        .map(userId -> new CurrentUser(userId, identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList()));
  }
}
