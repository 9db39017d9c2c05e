package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Accord killed with SIGKILL (kill -9) while delegates give and change positions, then started again on
 * the same database (issue 10, "Faults"): every acknowledged statement is there, no process instance is
 * stuck (each round waits for exactly the delegations that have not answered; no incident; a timer
 * locked by the dead process fires once its lock expires), and the work completes after the restart.
 * Accord runs as the packaged jar in a process of its own (failsafe runs after package), on the
 * postgres profile and a database of its own.
 */
class CrashRecoveryIT {

  private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIT.class);
  private static final int CLIENTS = 4;
  private static final int MEMBER_STATES = 28;
  /** Short, so that a job the dead process had locked is taken over within seconds. */
  private static final int JOB_LOCK_MILLIS = 5_000;

  private static TestPostgres.Database database;
  private static Process accord;
  private static int starts;

  @BeforeAll
  static void ownDatabase() {
    database = TestPostgres.own();
  }

  @AfterAll
  static void stopAndDropTheDatabase() throws InterruptedException {
    if (accord != null && accord.isAlive()) {
      accord.destroy();
      accord.waitFor(30, TimeUnit.SECONDS);
    }
    database.dispose().run();
  }

  @Test
  void shouldLoseNothingAcknowledgedAndLeaveNoProcessStuckWhenKilledUnderLoad() throws Exception {
    // given Accord running, three rounds open, and a fourth whose reminder and deadline fall due now
    String server = start();
    Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(server)));
    List<Long> documents = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      documents.add(api.documentInFirstRound("Crash " + i));
    }
    long timed = api.documentInFirstRound("Crash: the deadline falls due");
    // and four clients giving and changing the positions of 27 member states (Viet Nam stays silent)
    List<String> delegations = memberStates().stream().filter(code -> !code.equals("VN")).toList();
    PositionLoad load = new PositionLoad(server, documents, delegations, CLIENTS);
    load.start();
    Thread.sleep(8_000);
    execute("update act_ru_job set duedate_ = now() where process_instance_id_ in (select id_ from act_ru_execution"
        + " where business_key_ = 'CICA/TEST/" + timed + "')");
    Thread.sleep(2_000);

    // when Accord is killed with SIGKILL in the middle of it
    accord.destroyForcibly();
    assertThat(accord.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(accord.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    load.stop();
    List<PositionLoad.Attempt> attempts = load.attempts();
    List<PositionLoad.Acknowledged> acknowledged = load.acknowledged();
    long unanswered = attempts.stream().filter(attempt -> attempt.status() == -1).count();
    long lockedByTheDead = single("select count(*) from act_ru_job where lock_owner_ is not null");

    // and started again on the same database
    long restartBegan = System.nanoTime();
    server = start();
    long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartBegan);
    api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(server)));

    // then every statement Accord acknowledged is on the round's record
    assertThat(acknowledged).isNotEmpty();
    assertThat(PositionLoad.missingIn(database, acknowledged)).isEmpty();

    // and each round is open and waits for exactly the member states that have not answered, in the
    // engine and in the task list
    for (long document : documents) {
      JsonNode round = lastRound(api, document);
      assertThat(round.get("round").hasNonNull("outcome")).isFalse();
      long roundId = round.get("round").get("id").asLong();
      long answered = single("select count(distinct delegation_code) from position_change where round_id = " + roundId);
      assertThat(answered).isLessThan(MEMBER_STATES);
      assertThat(single("select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_"
          + " where e.business_key_ = 'CICA/TEST/" + document + "' and t.task_def_key_ = 'Task_GivePosition'"))
          .isEqualTo(MEMBER_STATES - answered);
      assertThat(api.dossier(document).get("waitingFor").findValuesAsText("taskKey"))
          .hasSize((int) (MEMBER_STATES - answered)).containsOnly("Task_GivePosition");
    }

    // and the timers of the fourth round, due when Accord died, fired after the restart, once the dead
    // process's lock (if it held one) expired: its silent round closed in consensus
    String outcome = awaitOutcome(api, timed, Duration.ofSeconds(JOB_LOCK_MILLIS / 1000 + 30));
    assertThat(outcome).isEqualTo("CONSENSUS");
    assertThat(single("select count(*) from act_ru_job where process_instance_id_ is not null and duedate_ <= now()")).isZero();
    assertThat(single("select count(*) from act_ru_job where process_instance_id_ is not null and lock_owner_ is not null")).isZero();
    // and no incident anywhere
    assertThat(single("select count(*) from act_ru_incident")).isZero();

    // when the work is finished after the restart: every member state's statement made no objection,
    // and Viet Nam answering last
    int finished = 0;
    for (long document : documents) {
      Map<String, String> standing = standing(api, document);
      for (String delegation : delegations) {
        String user = delegation.toLowerCase() + ".delegate1";
        String kind = standing.get(delegation);
        if (kind == null) {
          ok(api.givePosition(user, document, delegation, "NO_OBJECTION", null));
          finished++;
        } else if (!kind.equals("NO_OBJECTION")) {
          ok(api.exchange(user, HttpMethod.PUT, "/api/documents/" + document + "/positions/" + delegation,
              Map.of("kind", "NO_OBJECTION")));
          finished++;
        }
      }
      ok(api.givePosition("vn.delegate1", document, "VN", "NO_OBJECTION", null));
    }

    // then every round closes in consensus, and the SWG Chair is asked to confirm it
    for (long document : documents) {
      assertThat(lastRound(api, document).get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
      assertThat(api.dossier(document).get("waitingFor").findValuesAsText("taskKey"))
          .containsExactly("Task_ConfirmConsensus");
    }
    assertThat(single("select count(*) from act_ru_incident")).isZero();

    log.info("FIGURES kill -9 under load: {} requests by {} clients, {} acknowledged (2xx), 0 lost, {} without an"
            + " answer (the kill); {} jobs locked by the killed process; restart to ready in {} ms; {} statements"
            + " made no objection and Viet Nam's 3 answers after the restart, 3 rounds in consensus; 0 incidents",
        attempts.size(), CLIENTS, acknowledged.size(), unanswered, lockedByTheDead, restartMillis, finished);
  }

  /** Starts the packaged jar on the test's database and a free port; returns its address once ready. */
  private static String start() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    starts++;
    Path logFile = Paths.get("target", "crash-recovery-" + starts + ".log");
    List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        // Quicker to start (the test starts it twice); C1 is plenty for this load.
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--server.port=" + port,
        // A pool of its own size: the PostgreSQL of a CI run is shared with the other tests' applications.
        "--spring.datasource.hikari.maximum-pool-size=8",
        "--accord.mail.enabled=false",
        "--accord.demo-users=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_MILLIS,
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000");
    accord = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    String server = "http://localhost:" + port;
    HttpClient http = HttpClient.newHttpClient();
    for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240); System.nanoTime() < until; ) {
      if (!accord.isAlive()) {
        throw new AssertionError("Accord did not start; see " + logFile.toAbsolutePath());
      }
      try {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(URI.create(server + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (readiness.statusCode() == 200) {
          return server;
        }
      } catch (IOException notYet) {
        // the server is not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Accord was not ready within 240 s; see " + logFile.toAbsolutePath());
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("accord-.*\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("No target/accord-*.jar: run ./mvnw verify (package first)"));
    }
  }

  private static List<String> memberStates() throws SQLException {
    List<String> codes = new ArrayList<>();
    try (Connection connection = connect();
        ResultSet rows = connection.createStatement()
            .executeQuery("select code from delegation where kind = 'MEMBER_STATE' order by code")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    assertThat(codes).hasSize(MEMBER_STATES);
    return codes;
  }

  private static JsonNode lastRound(Api api, long document) {
    JsonNode rounds = api.dossier(document).get("rounds");
    return rounds.get(rounds.size() - 1);
  }

  /** Each delegation's position in the document's open round, as it stands. */
  private static Map<String, String> standing(Api api, long document) {
    Map<String, String> kinds = new HashMap<>();
    lastRound(api, document).get("positions")
        .forEach(position -> kinds.put(position.get("delegationCode").asText(), position.get("kind").asText()));
    return kinds;
  }

  private static String awaitOutcome(Api api, long document, Duration within) throws InterruptedException {
    for (long until = System.nanoTime() + within.toNanos(); System.nanoTime() < until; Thread.sleep(500)) {
      JsonNode round = lastRound(api, document).get("round");
      if (round.hasNonNull("outcome")) {
        return round.get("outcome").asText();
      }
    }
    return null;
  }

  private static JsonNode ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response).isTrue();
    return response.getBody();
  }

  private static long single(String sql) throws SQLException {
    try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }
}
