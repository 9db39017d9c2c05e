package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The web server takes requests before the forum is seeded. Readiness (the probe a load balancer or
 * Kubernetes asks) must say "not yet" until the forum's users can sign in, and "ready" from then on.
 * Accord starts here on a database of its own, so that its users do not exist before seeding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = ReadinessIT.OwnDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadinessIT {

  /** What the server answered while the first startup runner ran, before any seeding. */
  record BeforeSeeding(ReadinessState state, int readiness, String readinessStatus, int health, String healthStatus,
      int signIn) {}

  static BeforeSeeding beforeSeeding;

  static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPostgres.Database database = TestPostgres.own();
      ((DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("accordTestDatabase", () -> database.dispose().run());
      TestPropertyValues.of(
              "spring.datasource.url=" + database.url(),
              "spring.datasource.username=" + database.user(),
              "spring.datasource.password=" + database.password(),
              "spring.datasource.hikari.maximum-pool-size=5",
              "accord.mail.enabled=false",
              "camunda.bpm.job-execution.enabled=false",
              "accord.demo-users=true")
          .applyTo(context.getEnvironment());
    }
  }

  @TestConfiguration
  static class AskBeforeSeeding {

    /** Runs before the forum's seeder, as a client asking the server at that moment would. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner askBeforeSeeding(ApplicationAvailability availability, Environment environment) {
      return args -> {
        String server = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        HttpResponse<String> readiness = get(server + "/actuator/health/readiness", null);
        HttpResponse<String> health = get(server + "/actuator/health", null);
        HttpResponse<String> signIn = get(server + "/api/documents", "kz.delegate1");
        beforeSeeding = new BeforeSeeding(availability.getReadinessState(), readiness.statusCode(),
            status(readiness), health.statusCode(), status(health), signIn.statusCode());
      };
    }
  }

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationAvailability availability;

  @Test
  void shouldRefuseTrafficUntilTheForumIsSeededAndAcceptItOnceItsUsersCanSignIn() throws Exception {
    // given the answers the server gave while Accord was starting, before the forum was seeded:
    // readiness refused traffic, and so did health as a whole, while the delegate could not sign in
    assertThat(beforeSeeding).isEqualTo(new BeforeSeeding(ReadinessState.REFUSING_TRAFFIC,
        503, "OUT_OF_SERVICE", 503, "OUT_OF_SERVICE", 401));

    // when Accord has started
    // then readiness accepts traffic, health is up, and the delegate signs in
    assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    HttpResponse<String> readiness = get(rest.getRootUri() + "/actuator/health/readiness", null);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(status(readiness)).isEqualTo("UP");
    HttpResponse<String> health = get(rest.getRootUri() + "/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(status(health)).isEqualTo("UP");
    assertThat(new Api(rest).get("kz.delegate1", "/api/documents").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static HttpResponse<String> get(String url, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String status(HttpResponse<String> response) throws Exception {
    JsonNode body = new ObjectMapper().readTree(response.body());
    return body.path("status").asText();
  }
}
