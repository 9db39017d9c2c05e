package org.accord.forum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the forum from config/ on every start. Seeding is idempotent: what exists is left alone
 * (an administrator may have changed a password in Camunda Admin), what is missing is added.
 */
@Component
@Order(0)
class ForumSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ForumSeeder.class);

  private final ForumMembers members;
  private final DelegationTable delegations;
  private final IdentitySeeder identity;
  private final AuthorizationSeeder authorizations;

  ForumSeeder(ForumProperties forum, DelegationTable delegations, IdentitySeeder identity,
      AuthorizationSeeder authorizations) {
    this.members = new ForumMembers(forum);
    this.delegations = delegations;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int parties = delegations.save(members.delegations());
    int users = identity.seed(members.groups(), members.members());
    authorizations.seed(members.delegations(), members.groups());
    log.info("Forum seeded: {} new or changed parties, {} new users", parties, users);
  }
}
