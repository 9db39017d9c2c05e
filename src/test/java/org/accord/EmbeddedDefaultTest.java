package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.forum.Forum;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The embedded default that `./mvnw spring-boot:run` uses: H2 (here in memory rather than in
 * ./data), Flyway migrations, the demo forum and the deployed processes.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1")
class EmbeddedDefaultTest {

  @Autowired TestRestTemplate rest;
  @Autowired Forum forum;

  @Test
  void shouldStartOnH2WithTheDemoForumAndAHealthyEngine() {
    assertThat(forum.memberStates()).hasSize(28);
    // health's components are the administrators' (anonymous callers see the status alone)
    ResponseEntity<String> health = rest.withBasicAuth("admin", "accord").getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"workflow\"");
  }

  @Test
  void shouldCreateADocumentOnH2() {
    ResponseEntity<String> created = rest.withBasicAuth("kz.delegate1", "accord").postForEntity("/api/documents",
        Map.of("type", "ACTION_PLAN", "title", "Action plan on H2", "coordinator", "KZ", "text", "Draft"),
        String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).contains("\"status\":\"AWAITING_REGISTRATION\"");
  }
}
