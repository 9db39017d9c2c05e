package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.AccordApplication;
import org.accord.document.Documents;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriTemplateHandler;

/**
 * Two Accord nodes on one PostgreSQL database, as behind a load balancer (profiles postgres and
 * cluster): the seed meeting is replayed with its requests alternating between the nodes while both
 * job executors fire the timers; every timer fires once, every mail is sent once, no decision is
 * recorded twice, and a browser's session started on one node goes on on the other.
 */
class ClusterIT {

  private static TestPostgres.Database database;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    database = TestPostgres.own();
    // One after the other, as a rolling start: the first migrates the database and seeds the forum.
    nodeA = node("node-a");
    nodeB = node("node-b");
  }

  @AfterAll
  static void stopTheNodes() {
    Stream.of(nodeB, nodeA).filter(node -> node != null).forEach(ConfigurableApplicationContext::close);
    if (database != null) {
      database.dispose().run();
    }
    // The replay's mails name the same documents as the single node's replay.
    TestMailServer.forgetEveryMail();
  }

  @AfterEach
  void resetTheEngineClock() {
    EngineClock.reset();
  }

  @Test
  void theSeedMeetingReplaysOnTwoNodesWithEveryTimerMailAndDecisionOnce() throws Exception {
    // given requests sent to the two nodes in turn, and the timers left to both job executors
    AlternatingNodes balancer = new AlternatingNodes(port(nodeA), port(nodeB));
    TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder().uriTemplateHandler(balancer));
    EngineClock clock = EngineClock.withJobExecutors(bean(RuntimeService.class), bean(ManagementService.class),
        bean(HistoryService.class), bean(Documents.class));

    // when the seed meeting is replayed, with all its own checks (the register, the mails to each user)
    new SeedMeetingReplay(rest, clock, bean(RuntimeService.class), bean(Documents.class), bean(HistoryService.class))
        .replay();

    // then both nodes served the replay
    assertThat(balancer.served()).allSatisfy(requests -> assertThat(requests).isGreaterThan(100));
    // and every timer ran once, fired by the job executors of the nodes
    List<HistoricJobLog> fired = bean(HistoryService.class).createHistoricJobLogQuery().successLog().list().stream()
        .filter(log -> log.getJobDefinitionType().startsWith("timer")).toList();
    assertThat(fired).as("the reminder and deadline of a round, the expiry of a silence procedure").hasSize(3);
    assertThat(fired.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting())))
        .allSatisfy((job, runs) -> assertThat(runs).as("runs of timer job %s", job).isEqualTo(1));
    assertThat(fired).extracting(HistoricJobLog::getHostname).isSubsetOf("node-a", "node-b");
    // and every mail of the outbox was sent once, none left behind
    JdbcClient jdbc = bean(JdbcClient.class);
    assertThat(jdbc.sql("select count(*) from notification_outbox where sent_at is null").query(Long.class).single())
        .isZero();
    // and no decision was recorded twice: seven documents, seven numbers
    assertThat(jdbc.sql("select count(*), count(distinct document_id), count(distinct number) from decision")
        .query((row, n) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3))).single())
        .containsExactly(7L, 7L, 7L);
  }

  @Test
  void aSessionStartedOnOneNodeGoesOnOnTheOther() throws Exception {
    // given a user who signs in through the login form of node A
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url(nodeA, "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
    String form = "username=kz.delegate1&password=" + Api.DEMO_PASSWORD + "&_csrf="
        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url(nodeA, "/login"))
        .header("Cookie", String.join("; ", cookies(login)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    String signedInSession = cookie(signedIn);

    // when the next request of the same browser lands on node B
    HttpResponse<String> work = browser.send(HttpRequest.newBuilder(url(nodeB, "/"))
        .header("Cookie", "SESSION=" + signedInSession).build(), HttpResponse.BodyHandlers.ofString());

    // then node B knows the user: their work, not the login page
    assertThat(work.statusCode()).isEqualTo(200);
    assertThat(work.body()).contains("kz.delegate1").doesNotContain("name=\"password\"");
    assertThat(bean(JdbcClient.class).sql("select count(*) from spring_session where principal_name = 'kz.delegate1'")
        .query(Long.class).single()).isGreaterThanOrEqualTo(1L);
  }

  private static ConfigurableApplicationContext node(String name) {
    List<String> arguments = new ArrayList<>();
    for (String setting : PostgresInitializer.onTheTestServers(database)) {
      if (!setting.startsWith("camunda.bpm.job-execution.")) {
        arguments.add("--" + setting);
      }
    }
    arguments.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off",
        // Both nodes' job executors fire the timers, polling often: the test moves the engine clock.
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        // Each node's engine has a name and a host name of its own: the job log says which node fired a timer.
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    return new SpringApplicationBuilder(AccordApplication.class).profiles("postgres", "cluster")
        .run(arguments.toArray(String[]::new));
  }

  private static <T> T bean(Class<T> type) {
    return nodeA.getBean(type);
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  private static URI url(ConfigurableApplicationContext node, String path) {
    return URI.create("http://localhost:" + port(node) + path);
  }

  /** The cookies a response sets, as a browser sends them back ("name=value"). */
  private static List<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0]).toList();
  }

  private static String cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("SESSION="))
        .map(value -> value.substring("SESSION=".length(), value.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("No SESSION cookie in " + response.headers().map()));
  }

  /** A load balancer's round robin: each request goes to the next node. */
  private static final class AlternatingNodes implements UriTemplateHandler {

    private final List<DefaultUriBuilderFactory> nodes = new ArrayList<>();
    private final List<AtomicInteger> served = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    AlternatingNodes(int... ports) {
      for (int port : ports) {
        nodes.add(new DefaultUriBuilderFactory("http://localhost:" + port));
        served.add(new AtomicInteger());
      }
    }

    @Override
    public URI expand(String template, Map<String, ?> variables) {
      return pick().expand(template, variables);
    }

    @Override
    public URI expand(String template, Object... variables) {
      return pick().expand(template, variables);
    }

    private DefaultUriBuilderFactory pick() {
      int node = Math.floorMod(next.getAndIncrement(), nodes.size());
      served.get(node).incrementAndGet();
      return nodes.get(node);
    }

    List<Integer> served() {
      return served.stream().map(AtomicInteger::get).toList();
    }
  }
}
