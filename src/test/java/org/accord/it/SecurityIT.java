package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.accord.document.Documents;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may do what: Spring Security at the door, Accord's own checks, and Camunda's authorizations. */
@AccordIntegrationTest
class SecurityIT {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired Documents documents;
  @Autowired IdentityService identityService;

  @Test
  void shouldAnswerAnonymousApiCallsWith401Problem() {
    Api api = new Api(rest);
    for (String path : List.of("/api/tasks", "/api/documents", "/api/decisions", "/engine-rest/task", "/v3/api-docs")) {
      ResponseEntity<JsonNode> response = api.anonymousGet(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<JsonNode> problem = api.anonymousGet("/api/tasks");
    assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(problem.getBody().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void shouldSendAnonymousBrowsersToTheLoginPageButLeaveHealthOpen() throws Exception {
    assertThat(anonymous("/").headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
    assertThat(anonymous("/camunda/app/cockpit/default/").statusCode()).isEqualTo(302);
    assertThat(anonymous("/swagger-ui.html").statusCode()).isEqualTo(302);
    assertThat(anonymous("/actuator/info").statusCode()).isEqualTo(401);
    assertThat(anonymous("/login").statusCode()).isEqualTo(200);
    assertThat(anonymous("/css/accord.css").statusCode()).isEqualTo(200);
    HttpResponse<String> health = anonymous("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    // Anonymous callers (a load balancer) see the status and the probes' names only; administrators see the components.
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
    assertThat(rest.withBasicAuth("admin", Api.DEMO_PASSWORD).getForObject("/actuator/health", String.class))
        .contains("\"db\"", "\"processEngine\"", "\"workflow\"");
  }

  @Test
  void shouldDescribeTheApiInOpenApiForSignedInUsers() {
    ResponseEntity<JsonNode> docs = new Api(rest).get("un.observer", "/v3/api-docs");
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody().get("paths").has("/api/documents/{id}/positions")).isTrue();
    assertThat(docs.getBody().get("paths").has("/api/meetings/{id}/decisions")).isTrue();
    assertThat(docs.getBody().get("paths").has("/api/documents/{id}/silence-breaks")).isTrue();
  }

  @Test
  void shouldRefuseWrongPasswordWith401() {
    // A user no other test signs in as: Camunda delays the next login after a failed one.
    ResponseEntity<JsonNode> response = rest.withBasicAuth("az.delegate2", "not-the-password")
        .getForEntity("/api/tasks", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldOpenEngineRestToAdministratorsOnly() {
    Api api = new Api(rest);
    assertThat(api.get("kz.delegate1", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("soc.chair", "/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> definitions = api.get("admin", "/engine-rest/process-definition?latestVersion=true");
    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(keys(definitions.getBody())).contains("document-approval", "negotiation-round");
  }

  @Test
  void shouldRefuseAPositionForAnotherStateAndRecordNothing() {
    // given a round open on a new document
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Security: position for another state");

    // when a delegate of Kazakhstan gives Russia's position
    ResponseEntity<JsonNode> response = api.givePosition("kz.delegate1", id, "RU", "OBJECTION", "We object.");

    // then it is forbidden, nothing is recorded and Russia's task is still open
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().get("detail").asText()).contains("Russia");
    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("rounds").get(0).get("positions")).isEmpty();
    assertThat(api.get("ru.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnSocDecisionByADelegateOrTheSwgChair() {
    // given a recommended document on the agenda of a meeting in session
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.documentAwaitingMeeting("Security: delegate records an SOC decision");
    long meeting = procedure.convene("Security meeting", OffsetDateTime.now().plusDays(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, id);

    // when a delegate, then the SWG Chair, record the SOC's decision
    ResponseEntity<JsonNode> delegate = procedure.decide("kz.delegate1", meeting, id, "APPROVED");
    ResponseEntity<JsonNode> swgChair = procedure.decide("swg.chair", meeting, id, "APPROVED");

    // then both are forbidden and nothing is recorded: the document still waits for the meeting
    assertThat(delegate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(swgChair.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.dossier(id).get("decisions")).isEmpty();
    assertThat(procedure.status(id)).isEqualTo("AWAITING_SOC_MEETING");
  }

  @Test
  void shouldLetOnlyTheSecretariatConveneMeetingsAndOnlyTheSocChairChooseTheRoute() {
    Api api = new Api(rest);
    ResponseEntity<JsonNode> convened = api.post("soc.chair", "/api/meetings",
        Map.of("title", "Not mine", "startsAt", "2030-01-01T09:00:00Z", "format", "VIDEOCONFERENCE"));
    assertThat(convened.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Procedure procedure = new Procedure(api);
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Security: route", Map.of("text", "Draft"));
    procedure.register(id, "CICA/SEC/" + id);
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    assertThat(api.post("swg.chair", "/api/documents/" + id + "/soc-route", Map.of("route", "SILENCE"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(procedure.status(id)).isEqualTo("RECOMMENDED");
  }

  @Test
  void shouldRefuseRegistrationByAnyoneButTheSecretariat() {
    Api api = new Api(rest);
    long id = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Security: registration", "Draft");

    ResponseEntity<JsonNode> response = api.post("kz.delegate1", "/api/documents/" + id + "/registration",
        Map.of("symbol", "CICA/KZ/1"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.dossier(id).get("document").has("symbol")).isFalse();
  }

  @Test
  void shouldRefuseADocumentCoordinatedByAnotherState() {
    Api api = new Api(rest);
    ResponseEntity<JsonNode> response = api.post("kz.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", "Not ours", "coordinator", "RU"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetCamundaRefuseATaskOfAnotherDelegationWhateverTheClient() {
    // given Russia's position task in an open round
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Security: Camunda authorization");
    Task russia = taskService.createTaskQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id))
        .taskCandidateGroup("delegation-ru").singleResult();

    // when a delegate of Kazakhstan completes it through the engine (as Tasklist would)
    identityService.setAuthentication("kz.delegate1", List.of("delegation-kz"));
    try {
      assertThatThrownBy(() -> taskService.complete(russia.getId(), Map.of("positionKind", "NO_OBJECTION")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }

    // and even an administrator, whom Camunda lets through, is refused by Accord's own check
    identityService.setAuthentication("admin", List.of("camunda-admin"));
    try {
      assertThatThrownBy(() -> taskService.complete(russia.getId(), Map.of("positionKind", "NO_OBJECTION")))
          .hasRootCauseMessage("You do not belong to the delegation of Russia.");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(taskService.createTaskQuery().taskId(russia.getId()).count()).isEqualTo(1);
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).isEmpty();
  }

  /** A browser's first request, without following redirects. */
  private HttpResponse<String> anonymous(String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> keys(JsonNode definitions) {
    return StreamSupport.stream(definitions.spliterator(), false).map(d -> d.get("key").asText()).toList();
  }
}
