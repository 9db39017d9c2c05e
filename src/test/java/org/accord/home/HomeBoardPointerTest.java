package org.accord.home;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.system.PageOf;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.accord.tasklist.TaskList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * My work points the SWG Chair, and only them, to the rounds board, and the administrators and the Secretariat
 * to the dashboard, even when no task waits.
 */
@WebMvcTest(HomeController.class)
@PageSlice
class HomeBoardPointerTest {

  private static final String POINTER = "<a href=\"/rounds\">Follow the rounds in progress";
  private static final String DASHBOARD = "<a href=\"/admin/dashboard\">See on the dashboard where every document stands";

  @Autowired MockMvc mvc;
  @MockitoBean TaskList taskList;
  @MockitoBean Negotiation negotiation;
  @MockitoBean Documents documents;
  @MockitoBean Forum forum;
  @MockitoBean(name = "myWork") MyWork myWork;

  @BeforeEach
  void givenNothingWaits() {
    when(taskList.of(any(), isNull(), isNull(), isNull(), isNull(), anyInt(), anyInt()))
        .thenReturn(new PageOf<>(List.of(), 0, HomeController.SHOWN, 0));
    when(negotiation.openPositionsOf(any())).thenReturn(List.of());
    when(documents.all(any())).thenReturn(Map.of());
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldPointTheSwgChairToTheRoundsBoard() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(POINTER), containsString("Nothing waits for you"))));
    mvc.perform(get("/").locale(Locale.forLanguageTag("ru")))
        .andExpect(content().string(containsString("Текущие раунды: кто ответил, кто молчит")));
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldNotPointADelegateToIt() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(not(containsString(POINTER)), not(containsString("href=\"/rounds\"")),
            not(containsString(DASHBOARD)))));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldPointAnAdministratorToTheDashboard() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(DASHBOARD), not(containsString(POINTER)))));
    mvc.perform(get("/").locale(Locale.forLanguageTag("ru")))
        .andExpect(content().string(containsString("Панель мониторинга: где находится каждый документ")));
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldPointTheSecretariatToTheDashboard() throws Exception {
    mvc.perform(get("/")).andExpect(content().string(containsString(DASHBOARD)));
  }
}
