package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The seed meeting's concept paper on Tourism, from first draft to adoption, through the HTTP API
 * as the real users: the coordinator (Turkiye), the Secretariat, a delegate of every member state,
 * the SWG Chair and the SOC Chair.
 */
@AccordIntegrationTest
class TourismConceptPaperIT {

  @Autowired TestRestTemplate rest;
  @Autowired Forum forum;
  @Autowired RuntimeService runtimeService;
  @Autowired Documents documents;
  @Autowired HistoryService historyService;

  @Test
  void shouldCarryTheTourismConceptPaperFromDraftToAdoption() throws Exception {
    Api api = new Api(rest);
    List<Delegation> memberStates = forum.memberStates();
    assertThat(memberStates).hasSize(28);

    // given the coordinator's first draft
    long id = api.createDocument("tr.delegate1", "TR", "CONCEPT_PAPER",
        "Concept paper on the CICA priority area \"Tourism\"",
        "1. Tourism is a priority area of the economic dimension.");
    assertThat(status(api, id)).isEqualTo("AWAITING_REGISTRATION");

    // when the Secretariat registers it, round 1 opens with one task per member state
    ResponseEntity<JsonNode> registered = api.post("secretariat.officer", "/api/documents/" + id + "/registration",
        Map.of("symbol", "CICA/SWG/2022/CP-TOURISM-" + id));
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status(api, id)).isEqualTo("IN_NEGOTIATION");
    JsonNode kzTasks = api.get("kz.delegate1", "/api/tasks?documentId=" + id).getBody();
    assertThat(kzTasks.get("total").asInt()).isEqualTo(1);
    assertThat(kzTasks.get("items").get(0).get("taskKey").asText()).isEqualTo("Task_GivePosition");
    assertThat(kzTasks.get("items").get(0).get("delegationCode").asText()).isEqualTo("KZ");

    // and Kazakhstan proposes an amendment while every other state has no objection
    for (Delegation state : memberStates) {
      boolean amends = state.code().equals("KZ");
      givePosition(api, id, state, amends ? "AMENDMENT" : "NO_OBJECTION",
          amends ? "In paragraph 1, add: \"including ecotourism and pilgrimage routes\"." : null);
    }

    // then the coordinator revises, with a PDF this time
    assertThat(status(api, id)).isEqualTo("IN_REVISION");
    byte[] revised = "%PDF-1.4\n% Concept paper on Tourism, revision 2\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    ResponseEntity<JsonNode> upload = api.upload("tr.delegate1", "/api/documents/" + id + "/versions",
        "tourism-v2.pdf", MediaType.APPLICATION_PDF, revised);
    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(upload.getBody().get("number").asInt()).isEqualTo(2);

    // and in round 2 China enters a reservation, which does not block consensus
    assertThat(status(api, id)).isEqualTo("IN_NEGOTIATION");
    for (Delegation state : memberStates) {
      boolean reserves = state.code().equals("CN");
      givePosition(api, id, state, reserves ? "RESERVATION" : "NO_OBJECTION",
          reserves ? "China joins consensus and reads paragraph 1 as covering domestic routes only." : null);
    }
    assertThat(status(api, id)).isEqualTo("AWAITING_CONSENSUS");

    // when the SWG Chair confirms consensus, the SOC Chair sends it to a meeting and approves it there
    assertThat(api.post("swg.chair", "/api/documents/" + id + "/consensus", Map.of("note", "Recommended to the SOC"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status(api, id)).isEqualTo("RECOMMENDED");
    Procedure procedure = new Procedure(api);
    procedure.route(id, "MEETING");
    assertThat(status(api, id)).isEqualTo("AWAITING_SOC_MEETING");
    long meeting = procedure.convene("SOC meeting by videoconference", OffsetDateTime.now().plusDays(3),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, id);
    int year = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC).getYear();
    int decidedThisYear = api.get("soc.chair", "/api/decisions?year=" + year).getBody().get("total").asInt();
    ResponseEntity<JsonNode> decisions = procedure.decide("soc.chair", meeting, id, "APPROVED");
    assertThat(decisions.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode decision = decisions.getBody().get(0);

    // then the decision names the exact adopted version, which is frozen
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(revised));
    // the year's next number: the register held decidedThisYear decisions of this year, numbered 1 to decidedThisYear
    assertThat(decision.get("number").asText()).isEqualTo("SOC/" + year + "/" + (decidedThisYear + 1));
    assertThat(decision.get("versionNumber").asInt()).isEqualTo(2);
    assertThat(decision.get("versionSha256").asText()).isEqualTo(sha256);
    assertThat(decision.get("reservations").get(0).get("delegationCode").asText()).isEqualTo("CN");

    JsonNode dossier = api.get("un.observer", "/api/documents/" + id).getBody();
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("ADOPTED");
    assertThat(dossier.get("versions").get(1).get("frozen").asBoolean()).isTrue();
    assertThat(dossier.get("versions").get(0).get("frozen").asBoolean()).isFalse();
    assertThat(dossier.get("rounds")).hasSize(2);
    assertThat(dossier.get("rounds").get(0).get("round").get("outcome").asText()).isEqualTo("REVISION_REQUIRED");
    assertThat(dossier.get("rounds").get(0).get("positions")).hasSize(28);
    assertThat(dossier.get("rounds").get(1).get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(kinds(dossier.get("rounds").get(1).get("positions"))).containsOnly("NO_OBJECTION", "RESERVATION");
    assertThat(dossier.get("consensus")).hasSize(1);
    assertThat(dossier.get("consensus").get(0).get("confirmedBy").asText()).isEqualTo("swg.chair");
    assertThat(dossier.get("decisions").get(0).get("decidedBy").asText()).isEqualTo("soc.chair");
    assertThat(dossier.get("waitingFor")).isEmpty();

    // and the adopted text cannot change, the downloaded bytes are the ones approved
    assertThat(api.post("tr.delegate1", "/api/documents/" + id + "/versions", Map.of("text", "v3"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    byte[] downloaded = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForObject("/api/documents/" + id + "/versions/2/content", byte[].class);
    assertThat(downloaded).isEqualTo(revised);
    JsonNode register = api.get("un.observer", "/api/decisions?year=" + year + "&size=1").getBody();
    assertThat(register.get("total").asInt()).isEqualTo(decidedThisYear + 1);
    JsonNode inRegister = api.get("un.observer", "/api/decisions/" + decision.get("id").asLong()).getBody();
    assertThat(inRegister.get("number").asText()).isEqualTo(decision.get("number").asText());
    assertThat(inRegister.get("documentId").asLong()).isEqualTo(id);
    assertThat(inRegister.get("versionSha256").asText()).isEqualTo(sha256);

    // and the engine has nothing left waiting: the process ended at "Document adopted"
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id)).count()).isZero();
    List<String> ended = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(dossier.get("document").get("processInstanceId").asText())
        .activityType("noneEndEvent").list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
    assertThat(ended).containsExactly("EndEvent_DocumentAdopted");

    // and Camunda Tasklist named every task of the journey by its document, or meeting, and Accord's page
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheDocument(historyService, id,
        "CICA/SWG/2022/CP-TOURISM-" + id, "Concept paper on the CICA priority area \"Tourism\"")).contains(
        "Task_UploadDraft", "Task_RegisterDocument", "Task_GivePosition",
        "Task_ReviseDocument", "Task_ConfirmConsensus", "Task_ChooseSocRoute");
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheMeeting(historyService, meeting,
        "SOC meeting by videoconference")).contains("Task_BuildAgenda", "Task_DecideItem");
  }

  private static void givePosition(Api api, long id, Delegation state, String kind, String text) {
    String user = state.code().toLowerCase() + ".delegate1";
    var body = text == null
        ? Map.of("delegation", state.code(), "kind", kind)
        : Map.of("delegation", state.code(), "kind", kind, "text", text);
    ResponseEntity<JsonNode> response = api.post(user, "/api/documents/" + id + "/positions", body);
    assertThat(response.getStatusCode()).as("%s gives %s: %s", user, kind, response.getBody())
        .isEqualTo(HttpStatus.CREATED);
  }

  private static String status(Api api, long id) {
    return api.get("secretariat.officer", "/api/documents/" + id).getBody().get("document").get("status").asText();
  }

  private static List<String> kinds(JsonNode positions) {
    return StreamSupport.stream(positions.spliterator(), false).map(p -> p.get("kind").asText()).toList();
  }
}
