package org.accord.forum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the forum from config/ on every start. Seeding is idempotent: what exists is left alone
 * (an administrator may have changed a password in Camunda Admin), what is missing is added. The
 * configured users get the demo password only with the demo ({@code accord.demo-users}); without it
 * the forum starts with its groups, grants and one administrator ({@link FirstAdministrator}).
 */
@Component
@Order(0)
class ForumSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ForumSeeder.class);

  private final ForumMembers members;
  private final DelegationTable delegations;
  private final IdentitySeeder identity;
  private final AuthorizationSeeder authorizations;
  private final FirstAdministrator administrator;

  ForumSeeder(ForumProperties forum, DelegationTable delegations, IdentitySeeder identity,
      AuthorizationSeeder authorizations, FirstAdministrator administrator,
      @Value("${accord.demo-users:false}") boolean demoUsers) {
    this.members = new ForumMembers(forum, demoUsers);
    this.delegations = delegations;
    this.identity = identity;
    this.authorizations = authorizations;
    this.administrator = administrator;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int parties = delegations.save(members.delegations());
    int users = identity.seed(members.groups(), members.members());
    authorizations.seed(members.delegations(), members.groups());
    administrator.ensure();
    log.info("Forum seeded: {} new or changed parties, {} new users", parties, users);
  }
}
