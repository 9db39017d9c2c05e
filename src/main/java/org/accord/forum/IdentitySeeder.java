package org.accord.forum;

import java.util.List;
import org.accord.forum.ForumMembers.Group;
import org.accord.forum.ForumMembers.Member;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Puts the forum's groups and users into Camunda's identity service, where Camunda Admin manages them. */
@Component
class IdentitySeeder {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

  private final IdentityService identityService;

  IdentitySeeder(IdentityService identityService) {
    this.identityService = identityService;
  }

  int seed(List<Group> groups, List<Member> members) {
    groups.forEach(this::ensureGroup);
    int created = 0;
    for (Member member : members) {
      if (ensureUser(member)) {
        created++;
      }
      for (String group : member.groups()) {
        ensureMembership(member.id(), group);
      }
    }
    return created;
  }

  private void ensureGroup(Group group) {
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      org.camunda.bpm.engine.identity.Group created = identityService.newGroup(group.id());
      created.setName(group.name());
      created.setType(group.type());
      identityService.saveGroup(created);
    }
  }

  private boolean ensureUser(Member member) {
    if (identityService.createUserQuery().userId(member.id()).count() > 0) {
      return false;
    }
    if (member.password() == null || member.password().isBlank()) {
      log.warn("User {} has no password in config and is not created", member.id());
      return false;
    }
    User user = identityService.newUser(member.id());
    user.setFirstName(member.firstName());
    user.setLastName(member.lastName());
    user.setEmail(member.email());
    user.setPassword(member.password());
    identityService.saveUser(user);
    return true;
  }

  private void ensureMembership(String userId, String groupId) {
    boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (!member && identityService.createUserQuery().userId(userId).count() > 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
