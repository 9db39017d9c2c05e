package org.accord.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.AccordApplication;
import org.accord.forum.FirstAdministrator.AdministratorMissing;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production start: no demo, so no demo users and no demo password. Accord creates the one
 * administrator the operator names, or refuses to start and says which variable to set.
 */
class ProductionStartTest {

  @Test
  void shouldRefuseToStartWithoutAnAdministrator() {
    // when Accord starts on an empty database without the demo and without ACCORD_ADMIN_*
    // then it does not start, and says which variable to set
    Throwable failure = catchStart("production-no-admin");
    AdministratorMissing missing = cause(failure);
    assertThat(missing.variable()).isEqualTo("ACCORD_ADMIN_USER");
    FailureAnalysis analysis = new AdministratorMissingAnalyzer().analyze(failure);
    assertThat(analysis.getDescription())
        .isEqualTo("Accord starts without the demo users, and the forum has no administrator yet. Set ACCORD_ADMIN_USER.");
    assertThat(analysis.getAction()).contains("ACCORD_ADMIN_USER and ACCORD_ADMIN_PASSWORD");
  }

  @Test
  void shouldRefuseAnAdministratorWithoutAPasswordOrWithAWeakOne() {
    assertThat(cause(catchStart("production-no-password", "--accord.admin.user=ops")).variable())
        .isEqualTo("ACCORD_ADMIN_PASSWORD");

    AdministratorMissing weak = cause(catchStart("production-weak", "--accord.admin.user=ops",
        "--accord.admin.password=accord"));
    assertThat(weak.variable()).isEqualTo("ACCORD_ADMIN_PASSWORD");
    assertThat(weak.getMessage()).startsWith("The password does not meet Camunda's password policy: ")
        .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT",
            "PASSWORD_POLICY_SPECIAL");
  }

  @Test
  void shouldCreateOnlyTheAdministratorWithThePasswordPolicyOn() {
    // when Accord starts with ACCORD_ADMIN_USER and a password the policy accepts
    try (ConfigurableApplicationContext accord = start("production-admin",
        "--accord.admin.user=ops", "--accord.admin.password=Str0ng-enough!")) {
      IdentityService identity = accord.getBean(IdentityService.class);

      // then the administrator is the only user, with the forum's groups seeded beside
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("ops");
      assertThat(identity.createUserQuery().memberOfGroup(ForumGroups.ADMINISTRATORS).singleResult().getId())
          .isEqualTo("ops");
      assertThat(identity.createGroupQuery().groupId("delegation-kz").count()).isEqualTo(1);
      assertThat(identity.checkPassword("ops", "Str0ng-enough!")).isTrue();
      assertThat(identity.checkPassword("admin", "accord")).isFalse();

      // and the password policy binds every password set later
      assertThat(accord.getBean(ProcessEngineConfiguration.class).isEnablePasswordPolicy()).isTrue();
      assertThat(identity.checkPasswordAgainstPolicy("1").isValid()).isFalse();
    }
  }

  private static AdministratorMissing cause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AdministratorMissing missing) {
        return missing;
      }
    }
    throw new AssertionError("Accord failed for another reason", failure);
  }

  private static Throwable catchStart(String database, String... arguments) {
    Throwable[] failure = new Throwable[1];
    assertThatThrownBy(() -> start(database, arguments).close()).satisfies(thrown -> failure[0] = thrown);
    return failure[0];
  }

  private static ConfigurableApplicationContext start(String database, String... arguments) {
    String[] all = new String[arguments.length + 5];
    all[0] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    all[1] = "--accord.demo=false";
    all[2] = "--server.port=0";
    all[3] = "--camunda.bpm.job-execution.enabled=false";
    all[4] = "--accord.mail.enabled=false";
    System.arraycopy(arguments, 0, all, 5, arguments.length);
    return new SpringApplicationBuilder(AccordApplication.class).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .run(all);
  }
}
