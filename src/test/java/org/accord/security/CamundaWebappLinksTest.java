package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The navigation links Camunda's webapps to exactly the users the webapps let in: the forum's seeded
 * users with their real groups and Camunda authorizations (AuthorizationSeeder), on the embedded default.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:webapp-links;DB_CLOSE_DELAY=-1", "accord.demo=false", "accord.demo-users=true"})
@AutoConfigureMockMvc
class CamundaWebappLinksTest {

  private static final String TASKLIST = "href=\"/camunda/app/tasklist/default/\"";
  private static final String COCKPIT = "href=\"/camunda/app/cockpit/default/\"";
  private static final String ADMIN = "href=\"/camunda/app/admin/default/\"";

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;

  @ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
  @CsvSource({
      "kz.delegate1, true, false, false",
      "secretariat.officer, true, false, false",
      "swg.chair, true, false, false",
      "soc.chair, true, false, false",
      "un.observer, false, false, false",
      "admin, true, true, true"})
  void shouldLinkEachWebappToExactlyTheUsersItLetsIn(String userId, boolean tasklist, boolean cockpit, boolean admin)
      throws Exception {
    // given the user's groups as the forum seeded them
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();

    // when the user opens a page of Accord
    String page = mvc.perform(get("/desk/meetings").with(user(userId).roles(groups.toArray(String[]::new))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    // then the navigation links the webapps the role may use, and Camunda agrees when it signs the user in
    assertThat(linked(page, TASKLIST)).as("Tasklist").isEqualTo(tasklist);
    assertThat(linked(page, COCKPIT)).as("Cockpit").isEqualTo(cockpit);
    assertThat(linked(page, ADMIN)).as("Admin").isEqualTo(admin);
    Set<String> camundaLetsIn = new LinkedHashSet<>(AuthenticationUtil.createAuthentication(engine, userId).getAuthorizedApps());
    camundaLetsIn.remove("welcome");
    Set<String> linked = new LinkedHashSet<>();
    if (tasklist) {
      linked.add("tasklist");
    }
    if (cockpit) {
      linked.add("cockpit");
    }
    if (admin) {
      linked.add("admin");
    }
    assertThat(camundaLetsIn).containsExactlyInAnyOrderElementsOf(linked);
  }

  private static boolean linked(String page, String link) {
    return page.contains(link);
  }
}
