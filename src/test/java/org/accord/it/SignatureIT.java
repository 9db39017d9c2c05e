package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.accord.security.CurrentUser;
import org.accord.security.Signatures;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SOC Chair signs a decision with their password typed again: without it, or with a wrong one,
 * nothing is recorded (and a wrong one holds the account a moment, as a failed sign-in does); Camunda Tasklist, which cannot ask for it, cannot record the decision; the
 * decision signed carries when it was signed, by whom, and the version's SHA-256.
 */
@AccordIntegrationTest
class SignatureIT extends ProcedureJourney {

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Signatures signatures;

  @Test
  void shouldRecordADecisionOnlyWhenTheChairSignsItWithTheirPassword() {
    // given a paper on the agenda of a meeting in session, the engine's clock stopped
    clock.freeze();
    long paper = procedure.documentAwaitingMeeting("Signature: paper " + System.nanoTime());
    long meeting = procedure.convene("Signature meeting", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    String path = "/api/meetings/" + meeting + "/decisions";

    // when the Chair sends the decision unsigned, or signed with a wrong password, or completes it in Tasklist
    ResponseEntity<JsonNode> unsigned = api.post("soc.chair", path, Map.of("documentId", paper, "outcome", "APPROVED"));
    ResponseEntity<JsonNode> wrong = api.post("soc.chair", path,
        Map.of("documentId", paper, "outcome", "APPROVED", "password", "guessed"));
    ResponseEntity<JsonNode> held = api.post("soc.chair", path,
        Map.of("documentId", paper, "outcome", "APPROVED", "password", Api.DEMO_PASSWORD));
    CurrentUser chair = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));
    Task item = taskService.createTaskQuery().taskDefinitionKey("Task_DecideItem").list().stream()
        .filter(task -> taskService.getVariable(task.getId(), "documentId") instanceof Number id && id.longValue() == paper)
        .findFirst().orElseThrow();
    identityService.setAuthentication("soc.chair", List.of("chairs", "soc-chair"));
    try {
      assertThatThrownBy(() -> taskService.complete(item.getId(), Map.of("decisionOutcome", "APPROVED")))
          .hasStackTraceContaining("needs the SOC Chair's signature");
    } finally {
      identityService.clearAuthentication();
    }

    // then each is refused and nothing is recorded
    assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unsigned.getBody().get("detail").asText()).contains("Type your password to sign");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().get("detail").asText()).contains("That is not your password");
    // a wrong password holds the account a moment: HTTP Basic is refused, and a signed-in Chair is told until when
    assertThat(held.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThatThrownBy(() -> signatures.sign(chair, Api.DEMO_PASSWORD)).hasMessageContaining("wait until");
    assertThat(api.dossier(paper).get("decisions")).isEmpty();

    // when the moment has passed and the Chair signs with their password
    clock.advance(Duration.ofMinutes(1));
    JsonNode decision = Procedure.ok(procedure.decide("soc.chair", meeting, paper, "APPROVED")).get(0);

    // then the decision carries who signed it, when, and the SHA-256 of the version decided
    assertThat(decision.get("decidedBy").asText()).isEqualTo("soc.chair");
    assertThat(decision.hasNonNull("signedAt")).isTrue();
    assertThat(decision.get("versionSha256").asText()).hasSize(64);
  }
}
