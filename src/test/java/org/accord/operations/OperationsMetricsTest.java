package org.accord.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.negotiation.Negotiation;
import org.accord.system.AccordClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The embedded default as an operator watches it: /actuator/prometheus for administrators only, with
 * the JVM, HTTP, pool, engine and business figures, each business figure equal to what Accord's pages
 * and Camunda say; and the history cleanup of config/application.yaml applied to the engine. Same
 * context as {@code EmbeddedDefaultTest} (the demo forum on H2, metrics exported as in production, which
 * Spring Boot's tests leave off unless asked), so it starts once for both.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1")
class OperationsMetricsTest {

  @Autowired TestRestTemplate rest;
  @Autowired Negotiation negotiation;
  @Autowired AccordClock clock;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngine engine;

  // ---- who may scrape ----

  @Test
  void shouldLetOnlyAnAdministratorScrape() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("kz.delegate1", "accord").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("secretariat.officer", "accord").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "accord").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- what it exposes ----

  @Test
  void shouldExposeTheJvmHttpPoolAndEngineFigures() {
    rest.withBasicAuth("admin", "accord").getForEntity("/api/admin/outbox?size=1", String.class);

    String scrape = scrape();

    assertThat(scrape).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads{", "process_cpu_usage{",
        "http_server_requests_seconds_count{", "http_server_requests_seconds_bucket{",
        "hikaricp_connections_active{", "hikaricp_connections_pending{",
        "camunda_engine_events_total{", "application=\"accord\"");
    assertThat(value(scrape, "camunda_jobs_executable", "")).isEqualTo(management.createJobQuery().executable().count());
    assertThat(value(scrape, "camunda_jobs_failed", "")).isEqualTo(management.createJobQuery().noRetriesLeft().count());
    assertThat(value(scrape, "camunda_incidents_open", "")).isEqualTo(dashboardIncidents());
    assertThat(scrape).containsPattern("camunda_engine_events_total\\{[^}]*metric=\"job-acquisition-attempt\"[^}]*} ")
        .containsPattern("camunda_engine_events_total\\{[^}]*metric=\"root-process-instance-start\"[^}]*} [1-9]");
  }

  @Test
  void shouldCountAnIncidentOnceAsTheDashboardDoesNotItsCopyInTheCallingProcess() {
    // given a job of a demo round that fails for good: an incident in the round, copied to its document's process
    Job timer = management.createJobQuery().processDefinitionKey("negotiation-round").timers().orderByJobDuedate().desc()
        .listPage(0, 1).get(0);
    long before = dashboardIncidents();
    management.setJobRetries(timer.getId(), 0);
    try {
      long incidents = dashboardIncidents();
      assertThat(incidents).isEqualTo(before + 1);
      assertThat(runtime.createIncidentQuery().processInstanceId(timer.getProcessInstanceId()).count()).isOne();
      assertThat(runtime.createIncidentQuery().count()).as("the copies too").isGreaterThan(incidents);

      // then Prometheus reads the dashboard's count (once its last reading is no longer fresh)
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
          .until(() -> value(scrape(), "camunda_incidents_open", "") == incidents);
    } finally {
      management.setJobRetries(timer.getId(), timer.getRetries());
    }
    // and the figures are back, read afresh, for the other tests of this application
    assertThat(dashboardIncidents()).isEqualTo(before);
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      String scrape = scrape();
      return value(scrape, "camunda_incidents_open", "") == before
          && value(scrape, "camunda_jobs_failed", "") == management.createJobQuery().noRetriesLeft().count()
          && value(scrape, "camunda_jobs_executable", "") == management.createJobQuery().executable().count();
    });
  }

  @Test
  void shouldExposeTheBusinessFiguresAsThePagesAndTheEngineCountThem() {
    String scrape = scrape();
    OffsetDateTime now = clock.now();
    JsonNode pending = rest.withBasicAuth("admin", "accord")
        .getForEntity("/api/admin/outbox?status=pending&size=1", JsonNode.class).getBody();
    JsonNode failed = rest.withBasicAuth("admin", "accord")
        .getForEntity("/api/admin/outbox?status=failed&size=1", JsonNode.class).getBody();

    // the demo forum has rounds open, mails waiting (sending is off) and tasks with due dates
    assertThat(value(scrape, "accord_rounds_open", "")).isEqualTo(negotiation.openRounds().size()).isPositive();
    assertThat(value(scrape, "accord_rounds_overdue", "")).isEqualTo(negotiation.openRounds().stream()
        .filter(open -> open.round().deadline() != null && open.round().deadline().isBefore(now)).count());
    assertThat(value(scrape, "accord_tasks_overdue", ""))
        .isEqualTo(tasks.createTaskQuery().dueBefore(Date.from(now.toInstant())).count());
    assertThat(value(scrape, "accord_mail_outbox", "status=\"pending\"")).isEqualTo(pending.get("total").asLong())
        .isPositive();
    assertThat(value(scrape, "accord_mail_outbox", "status=\"failed\"")).isEqualTo(failed.get("total").asLong())
        .isZero();
  }

  @Test
  void shouldExposeEverySeriesTheGrafanaDashboardReads() throws Exception {
    rest.withBasicAuth("admin", "accord").getForEntity("/api/admin/outbox?size=1", String.class);
    String scrape = scrape();
    String dashboard = Files.readString(Path.of("docs/grafana/accord-dashboard.json"));

    Set<String> read = new TreeSet<>();
    Matcher series = Pattern.compile("\\b([a-z_]+)\\{").matcher(dashboard);
    while (series.find()) {
      read.add(series.group(1));
    }
    // a GC pause is timed only once the JVM has paused, which a short test run may not have seen yet
    read.removeIf(name -> name.startsWith("jvm_gc_pause"));
    assertThat(read).hasSizeGreaterThan(15)
        .allSatisfy(name -> assertThat(scrape).as("the dashboard's series " + name).contains("\n" + name + "{"));
  }

  // ---- history cleanup, from config/application.yaml ----

  @Test
  void shouldDeployEachProcessWithTheTimeToLiveOfTheConfiguration() {
    assertThat(timeToLive("document-approval")).isEqualTo(3650);
    assertThat(timeToLive("negotiation-round")).isEqualTo(1825);
    assertThat(timeToLive("silence-procedure")).isEqualTo(1825);
    assertThat(timeToLive("soc-meeting")).isEqualTo(1825);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("documentRouting").latestVersion()
        .singleResult().getHistoryTimeToLive()).isEqualTo(365);
  }

  @Test
  void shouldRunHistoryCleanupInTheConfiguredWindowAndBatches() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
  }

  private String scrape() {
    ResponseEntity<String> scrape = rest.withBasicAuth("admin", "accord").getForEntity("/actuator/prometheus", String.class);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    return scrape.getBody();
  }

  /** The incidents the administrators' dashboard counts. */
  private long dashboardIncidents() {
    ResponseEntity<JsonNode> health = rest.withBasicAuth("admin", "accord")
        .getForEntity("/api/admin/statistics/health", JsonNode.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    return health.getBody().get("jobs").get("incidents").asLong();
  }

  private int timeToLive(String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    return latest.getHistoryTimeToLive();
  }

  /** The value of the series of {@code name} whose labels include {@code label} (any, when empty). */
  private static long value(String scrape, String name, String label) {
    Matcher series = Pattern.compile("(?m)^" + name + "\\{([^}]*)} ([0-9.eE+-]+|NaN)$").matcher(scrape);
    while (series.find()) {
      if (series.group(1).contains(label)) {
        return (long) Double.parseDouble(series.group(2));
      }
    }
    throw new AssertionError("No series " + name + "{" + label + "} in the scrape");
  }
}
