package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.accord.document.Documents;
import org.accord.tasklist.LabelledControls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Single sign-on into Camunda's webapps; a task as Camunda Tasklist shows it (named by its document,
 * described with Accord's page, its form's inputs labelled); and a position given the way Camunda Tasklist gives it:
 * through the webapp's engine API with the delegate's session, Camunda's authorizations deciding
 * which tasks are visible, and Accord's task listener recording the outcome.
 */
@AccordIntegrationTest
class CamundaWebappsIT {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired Documents documents;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldGiveAPositionThroughTasklistWithTheAccordLogin() throws Exception {
    // given a round open on a new document, and a delegate of Kazakhstan signed in to Accord
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Tasklist: single sign-on");
    BrowserSession browser = new BrowserSession(rest.getRootUri());
    assertThat(browser.login("kz.delegate1", Api.DEMO_PASSWORD)).isEqualTo(302);

    // when the delegate opens Tasklist, no second login is asked
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    JsonNode me = json.readTree(browser.get("/camunda/api/admin/auth/user/default").body());
    assertThat(me.get("userId").asText()).isEqualTo("kz.delegate1");
    assertThat(me.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");

    // then Camunda shows Kazakhstan's task on this document and no other delegation's
    JsonNode tasks = json.readTree(browser.get(ENGINE + "/task?processInstanceBusinessKey="
        + URLEncoder.encode(ProcessKeys.of(documents, id), StandardCharsets.UTF_8)).body());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_GivePosition");
    assertThat(tasks.get(0).get("description").asText()).contains("CICA/TEST/" + id, "Tasklist: single sign-on",
        "/documents/" + id + "#position");
    String taskId = tasks.get(0).get("id").asText();

    // and Tasklist names the task by its document and describes it with the round and Accord's page
    JsonNode task = json.readTree(browser.get(ENGINE + "/task/" + taskId).body());
    assertThat(task.get("name").asText())
        .isEqualTo("Give the delegation's position: CICA/TEST/" + id + " \"Tasklist: single sign-on\"");
    assertThat(task.get("description").asText())
        .startsWith("Document CICA/TEST/" + id + " \"Tasklist: single sign-on\", round 1. Open it in Accord: http")
        .endsWith("/documents/" + id + "#position");

    // and the form Tasklist shows is the engine's generated form, each input named by its label
    JsonNode form = json.readTree(browser.get(ENGINE + "/task/" + taskId + "/form").body());
    assertThat(form.get("key").asText()).endsWith("/task/" + taskId + "/rendered-form");
    HttpResponse<String> renderedForm = browser.get(ENGINE + "/task/" + taskId + "/rendered-form",
        "application/xhtml+xml, text/html, */*");
    assertThat(renderedForm.statusCode()).as(renderedForm.body()).isEqualTo(200);
    String rendered = renderedForm.body();
    assertThat(LabelledControls.controls(rendered)).isEqualTo(3);
    assertThat(LabelledControls.unnamed(rendered)).isEmpty();

    // and an objection without reasons is refused by the listener, recording nothing
    HttpResponse<String> refused = browser.postToCamunda(ENGINE + "/task/" + taskId + "/submit-form",
        "{\"variables\": {\"positionKind\": {\"value\": \"OBJECTION\"}, \"positionText\": {\"value\": \"\"}}}");
    // The engine wraps the listener's refusal in its own message; Accord gives it back as bad input,
    // in Accord's words, as its own API does.
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.get("type").asText()).isEqualTo("RestException");
    assertThat(problem.get("message").asText())
        .isEqualTo("Cannot submit task form " + taskId + ": A position of kind OBJECTION needs a text: the reasons.");
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).isEmpty();

    // and a completion that also names another round, or a shorter deadline, is refused before anything changes
    HttpResponse<String> bent = browser.postToCamunda(ENGINE + "/task/" + taskId + "/complete",
        "{\"variables\": {\"positionKind\": {\"value\": \"NO_OBJECTION\"}, "
            + "\"roundId\": {\"value\": 1, \"type\": \"Long\"}, \"roundDeadline\": {\"value\": \"PT10S\"}}}");
    assertThat(bent.statusCode()).as(bent.body()).isEqualTo(400);
    assertThat(json.readTree(bent.body()).get("message").asText()).isEqualTo("Cannot complete task " + taskId
        + ": The task \"Give position\" takes only its own form fields [positionAnchor, positionKind, positionText];"
        + " refused: [roundDeadline, roundId].");
    // (a delegate may not touch a task's raw variables at all: refused at the door)
    assertThat(browser.putToCamunda(ENGINE + "/task/" + taskId + "/variables/roundId",
        "{\"value\": 1, \"type\": \"Long\"}").statusCode()).isEqualTo(403);

    // and the delegate reads the values of the task's form fields, as Tasklist's generated form does,
    // but not the process's other variables, nor Cockpit's statistics
    assertThat(browser.get(ENGINE + "/task/" + taskId + "/form-variables?variableNames=positionKind,positionText")
        .statusCode()).isEqualTo(200);
    assertThat(browser.get(ENGINE + "/task/" + taskId + "/form-variables").statusCode()).isEqualTo(403);
    assertThat(browser.get(ENGINE + "/task/" + taskId + "/form-variables?variableNames=roundId").statusCode())
        .isEqualTo(403);
    assertThat(browser.get(ENGINE + "/task/" + taskId + "/variables").statusCode()).isEqualTo(403);
    assertThat(browser.get(ENGINE + "/variable-instance").statusCode()).isEqualTo(403);
    assertThat(browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
        .isEqualTo(403);
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).isEmpty();

    // and a reservation submitted through the Tasklist form is recorded as the delegate's
    HttpResponse<String> submitted = browser.postToCamunda(ENGINE + "/task/" + taskId + "/submit-form",
        "{\"variables\": {\"positionKind\": {\"value\": \"RESERVATION\"}, "
            + "\"positionText\": {\"value\": \"Kazakhstan reads paragraph 2 as non-binding.\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    JsonNode position = api.dossier(id).get("rounds").get(0).get("positions").get(0);
    assertThat(position.get("delegationCode").asText()).isEqualTo("KZ");
    assertThat(position.get("kind").asText()).isEqualTo("RESERVATION");
    assertThat(position.get("givenBy").asText()).isEqualTo("kz.delegate1");
  }

  @Test
  void shouldOpenCockpitAndAdminToTheAdministrator() throws Exception {
    BrowserSession browser = new BrowserSession(rest.getRootUri());
    assertThat(browser.login("admin", Api.DEMO_PASSWORD)).isEqualTo(302);

    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    JsonNode me = json.readTree(browser.get("/camunda/api/admin/auth/user/default").body());
    assertThat(me.get("authorizedApps").toString()).contains("cockpit", "admin", "tasklist");
    JsonNode users = json.readTree(browser.get(ENGINE + "/user?memberOfGroup=delegation-kz").body());
    assertThat(users).hasSize(2);
  }

  @Test
  void shouldRefuseAWrongPasswordOnTheLoginForm() throws Exception {
    BrowserSession browser = new BrowserSession(rest.getRootUri());
    // A user no other test signs in as: Camunda delays the next login after a failed one.
    assertThat(browser.login("th.delegate2", "wrong")).isEqualTo(302);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }
}
