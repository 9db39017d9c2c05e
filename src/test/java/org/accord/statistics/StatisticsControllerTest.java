package org.accord.statistics;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.document.DocumentType;
import org.accord.notification.OutboxCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics endpoints behind Accord's API security: who reads which, and what a bad year gets. */
@WebMvcTest(controllers = StatisticsController.class,
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.accord\\.security\\.(SecurityConfiguration|ProblemResponses)"))
class StatisticsControllerTest {

  private static final String[] BUSINESS = {"documents-by-stage", "cycle-time", "stage-time", "rounds-per-document",
      "open-rounds", "response-time", "decisions", "silence-procedures", "throughput"};

  @Autowired MockMvc mvc;
  @MockitoBean Statistics statistics;
  @MockitoBean EngineHealth health;

  @ParameterizedTest
  @ValueSource(strings = {"documents-by-stage", "cycle-time", "stage-time", "rounds-per-document", "open-rounds",
      "response-time", "decisions", "silence-procedures", "throughput"})
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldAnswerTheSecretariatEveryBusinessFigure(String figure) throws Exception {
    mvc.perform(get("/api/admin/statistics/" + figure)).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"documents-by-stage", "cycle-time", "stage-time", "rounds-per-document", "open-rounds",
      "response-time", "decisions", "silence-procedures", "throughput", "health"})
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldAnswerAnAdministratorEveryFigureAndTheHealth(String figure) throws Exception {
    mvc.perform(get("/api/admin/statistics/" + figure)).andExpect(status().isOk());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldAnswerTheFiguresOfTheYearAskedFor() throws Exception {
    when(statistics.cycleTimes(2022)).thenReturn(new CycleTimes(2022, List.of(
        new CycleTimes.Cycle(DocumentType.CONCEPT_PAPER, 3, 720.0, 916.0))));

    mvc.perform(get("/api/admin/statistics/cycle-time").param("year", " 2022 "))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2022))
        .andExpect(jsonPath("$.types[0].type").value("CONCEPT_PAPER"))
        .andExpect(jsonPath("$.types[0].adopted").value(3))
        .andExpect(jsonPath("$.types[0].medianHours").value(720.0))
        .andExpect(jsonPath("$.types[0].p90Hours").value(916.0));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldAnswerTheHealthWithTheOutbox() throws Exception {
    when(health.report()).thenReturn(new HealthReport(OffsetDateTime.of(2031, 3, 2, 4, 0, 0, 0, ZoneOffset.UTC),
        List.of(), List.of(), new HealthReport.Jobs(2, 0, 0), new OutboxCounts(3, 1, 40, true)));

    mvc.perform(get("/api/admin/statistics/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.jobs.due").value(2))
        .andExpect(jsonPath("$.outbox.pending").value(3))
        .andExpect(jsonPath("$.outbox.failed").value(1))
        .andExpect(jsonPath("$.outbox.sentLastDay").value(40));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "22", "20222", "0999", "2022-12"})
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void shouldRefuseAYearThatIsNotFourDigitsWithAProblem(String year) throws Exception {
    mvc.perform(get("/api/admin/statistics/decisions").param("year", year))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("The year is four digits, such as 2022; not \"" + year + "\"."));
    verifyNoInteractions(statistics);
  }

  @Test
  @WithMockUser(username = "secretariat.officer", roles = "secretariat")
  void shouldRefuseTheSecretariatTheEnginesHealth() throws Exception {
    mvc.perform(get("/api/admin/statistics/health"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("Only an administrator does this."));
    verifyNoInteractions(health);
  }

  @Test
  @WithMockUser(username = "swg.chair", roles = {"chairs", "swg-chair"})
  void shouldRefuseTheSwgChair() throws Exception {
    refusedEverything();
  }

  @Test
  @WithMockUser(username = "soc.chair", roles = {"chairs", "soc-chair"})
  void shouldRefuseTheSocChair() throws Exception {
    refusedEverything();
  }

  @Test
  @WithMockUser(username = "kz.delegate1", roles = "delegation-kz")
  void shouldRefuseADelegate() throws Exception {
    refusedEverything();
  }

  @Test
  @WithAnonymousUser
  void shouldAskWhoIsThereBeforeAnything() throws Exception {
    mvc.perform(get("/api/admin/statistics/documents-by-stage")).andExpect(status().isUnauthorized());
  }

  private void refusedEverything() throws Exception {
    for (String figure : BUSINESS) {
      mvc.perform(get("/api/admin/statistics/" + figure))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail")
              .value("Only the administrators and the Secretariat read the dashboard and its figures."));
    }
    mvc.perform(get("/api/admin/statistics/health")).andExpect(status().isForbidden());
    verifyNoInteractions(statistics, health);
  }
}
