package org.accord.it;

import static org.accord.it.Procedure.Say.amendment;
import static org.accord.it.Procedure.Say.objection;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Once the routing table's rounds are spent, the SWG Chair rules: one more round, or withdrawal. */
@AccordIntegrationTest
class ChairRulingIT {

  private static final String SEC = "secretariat.officer";

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @Test
  void shouldLetTheSwgChairGrantOneMoreRoundThenWithdrawTheDocument() {
    // given a calendar of events (two rounds before the SWG Chair rules) amended in both rounds
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.create(SEC, "SEC", "CALENDAR_OF_EVENTS", "Calendar: rounds spent", Map.of("data", calendar("First")));
    procedure.register(id, "CICA/SWG/RULING/" + id);
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Rename the forum.")));
    procedure.submit(SEC, id, Map.of("data", calendar("Second")));
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Rename it again.")));

    // when the rounds are spent, the SWG Chair rules; a delegate may not
    assertThat(procedure.status(id)).isEqualTo("AWAITING_SWG_CHAIR");
    assertThat(api.post("in.delegate1", "/api/documents/" + id + "/ruling", Map.of("ruling", "ONE_MORE_ROUND"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("swg.chair", "/api/documents/" + id + "/ruling", Map.of("ruling", "ONE_MORE_ROUND"))
        .getStatusCode()).as("a ruling without reasons").isEqualTo(HttpStatus.BAD_REQUEST);
    ok(api.post("swg.chair", "/api/documents/" + id + "/ruling",
        Map.of("ruling", "ONE_MORE_ROUND", "note", "One last attempt before the SOC meets.")));

    // then the coordinator revises and round 3 runs; when it fails too, the Chair withdraws the document
    assertThat(procedure.status(id)).isEqualTo("IN_REVISION");
    procedure.submit(SEC, id, Map.of("data", calendar("Third")));
    procedure.everyStateAnswers(id, Map.of("RU", objection("The calendar is overloaded.")));
    assertThat(api.post("swg.chair", "/api/documents/" + id + "/ruling", Map.of("ruling", "WITHDRAW"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ok(api.post("swg.chair", "/api/documents/" + id + "/ruling",
        Map.of("ruling", "WITHDRAW", "note", "No consensus is within reach this year.")));

    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(dossier.get("document").get("withdrawnBy").asText()).isEqualTo("swg.chair");
    assertThat(dossier.get("document").get("withdrawalReason").asText()).contains("after round 3", "No consensus");
    assertThat(dossier.get("rounds")).hasSize(3);
    assertThat(dossier.get("rulings").findValuesAsText("ruling")).containsExactly("ONE_MORE_ROUND", "WITHDRAW");
    assertThat(dossier.get("waitingFor")).isEmpty();

    // and Camunda Tasklist named each of its tasks, the Chair's rulings too, by the document and its page
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheDocument(historyService, id, "CICA/SWG/RULING/" + id,
        "Calendar: rounds spent")).contains("Task_DecideOnFurtherRounds", "Task_ReviseDocument", "Task_GivePosition");
  }

  private static Map<String, Object> calendar(String edition) {
    return Map.of("year", 2023, "events", List.of(Map.of("title", edition + " CICA Youth Forum", "start", "2023-05-10",
        "end", "2023-05-11", "format", "VIDEOCONFERENCE")));
  }
}
