package org.accord.forum;

import java.util.List;
import org.accord.forum.ForumMembers.Group;
import org.accord.forum.ForumMembers.Member;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
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
    long withoutPassword = members.stream().filter(m -> m.password() == null || m.password().isBlank()).count();
    if (withoutPassword > 0) {
      log.info("{} users of the forum's configuration have no password of their own and are not created"
          + " (the demo users are off); administrators create users in Camunda Admin", withoutPassword);
    }
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
      return false;
    }
    User user = identityService.newUser(member.id());
    user.setFirstName(member.firstName());
    user.setLastName(member.lastName());
    user.setEmail(member.email());
    user.setPassword(member.password());
    // Configured passwords (the demo's) are the operator's choice; the password policy binds those
    // set in Camunda Admin and the first administrator's.
    if (identityService instanceof IdentityServiceImpl engine) {
      engine.saveUser(user, true);
    } else {
      identityService.saveUser(user);
    }
    return true;
  }

  private void ensureMembership(String userId, String groupId) {
    boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (!member && identityService.createUserQuery().userId(userId).count() > 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
