package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forum is seeded on first start, and seeding again changes nothing. */
@AccordIntegrationTest
class SeedingIT {

  @Autowired List<ApplicationRunner> startupRunners;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldSeedTheForumIntoCamundaIdentity() {
    assertThat(identityService.createGroupQuery().groupType("WORKFLOW").count()).isGreaterThan(28);
    assertThat(identityService.createGroupQuery().groupId("delegation-kw").singleResult().getName())
        .isEqualTo("Delegation of Kuwait");
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(user -> user.getId()).contains("admin");
    assertThat(identityService.createUserQuery().memberOfGroup("soc-chair").singleResult().getId()).isEqualTo("soc.chair");
    assertThat(identityService.createUserQuery().memberOfGroup("delegation-kz").count()).isEqualTo(2);
    assertThat(identityService.checkPassword("kw.delegate1", Api.DEMO_PASSWORD)).isTrue();
    assertThat(jdbc.sql("select count(*) from delegation where kind = 'MEMBER_STATE'").query(Long.class).single())
        .isEqualTo(28);
  }

  @Test
  void shouldChangeNothingWhenSeedingAgain() throws Exception {
    Map<String, Long> before = counts();

    for (ApplicationRunner runner : startupRunners) {
      runner.run(new DefaultApplicationArguments());
    }

    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Long> counts() {
    return Map.of(
        "users", identityService.createUserQuery().count(),
        "groups", identityService.createGroupQuery().count(),
        "memberships", jdbc.sql("select count(*) from act_id_membership").query(Long.class).single(),
        "authorizations", authorizationService.createAuthorizationQuery().count(),
        "filters", filterService.createFilterQuery().count(),
        "delegations", jdbc.sql("select count(*) from delegation").query(Long.class).single());
  }
}
