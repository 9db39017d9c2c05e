package org.accord.it;

import static org.accord.it.Procedure.instant;
import static org.accord.it.Procedure.ok;
import static org.accord.it.TestMailServer.countsByUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.accord.document.Documents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The coordinator withdraws a document (POST /api/documents/{id}/withdrawal) wherever it stands:
 * whatever is open on it closes with it — the round, the silence procedure, the agenda item.
 */
@AccordIntegrationTest
class WithdrawalIT extends ProcedureJourney {

  private static final String SYMBOLS = "CICA/IT/WITHDRAW/";

  @Autowired TaskService taskService;

  @Test
  void shouldCloseTheOpenRoundAsWithdrawnWhenTheCoordinatorWithdraws() {
    // given a round open since t0 in which five delegations have answered
    Instant t0 = clock.freeze();
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Withdrawal: paper in its round",
        Map.of("text", "1. A paper Kazakhstan will merge into another."));
    procedure.register(id, SYMBOLS + id);
    for (String state : List.of("AF", "CN", "IN", "RU", "TR")) {
      ok(api.givePosition(Procedure.delegate(state), id, state, "NO_OBJECTION", null));
    }
    assertThat(openTasks(id)).isEqualTo(23);

    // when, two days later, Kazakhstan's second delegate withdraws it
    clock.advance(Duration.ofDays(2));
    JsonNode withdrawn = procedure.withdraw("kz.delegate2", id, "Merged into the paper on Energy.");

    // then the document is withdrawn on the record
    Instant t2 = t0.plus(Duration.ofDays(2));
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.get("withdrawnBy").asText()).isEqualTo("kz.delegate2");
    assertThat(instant(withdrawn.get("withdrawnAt"))).isEqualTo(t2);
    assertThat(withdrawn.get("withdrawalReason").asText()).isEqualTo("Merged into the paper on Energy.");

    // and its round is closed as withdrawn, with the five positions given and nothing made of the silence
    JsonNode round = procedure.lastRound(id);
    assertThat(round.get("round").get("outcome").asText()).isEqualTo("WITHDRAWN");
    assertThat(instant(round.get("round").get("closedAt"))).isEqualTo(t2);
    assertThat(round.get("positions").findValuesAsText("delegationCode"))
        .containsExactlyInAnyOrder("AF", "CN", "IN", "RU", "TR");
    assertThat(round.get("positions").findValuesAsText("bySilence")).containsOnly("false");

    // and no position task remains open, for anyone
    assertThat(openTasks(id)).isZero();
    assertThat(api.dossier(id).get("waitingFor")).isEmpty();
    assertThat(api.get("vn.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id)).count())
        .isZero();
    assertProblem(api.givePosition("vn.delegate1", id, "VN", "OBJECTION", "Too late."), HttpStatus.CONFLICT,
        "No round is open");

    // and neither reminder nor deadline comes
    clock.advance(Duration.ofDays(30));
    assertThat(clock.fireDueTimers(id)).isZero();
    assertThat(procedure.lastRound(id).get("positions")).hasSize(5);
    List<TestMailServer.Mail> mails = TestMailServer.about(api, id, SYMBOLS + id);
    assertThat(countsByUser(mails, "[Accord] Task: Give the delegation's position"))
        .isEqualTo(Procedure.usersOf(Procedure.MEMBER_STATES).stream().collect(Collectors.toMap(user -> user, user -> 1L)));
    assertThat(countsByUser(mails, "Reminder")).isEmpty();
  }

  @Test
  void shouldEndTheRunningSilenceProcedureAsWithdrawnWhenTheCoordinatorWithdraws() {
    // given a paper circulated under silence at t0 until t0 + 3 days
    clock.freeze();
    long id = procedure.conceptPaperInRound("Withdrawal: paper under silence", SYMBOLS);
    String symbol = SYMBOLS + id;
    procedure.silentRoundsEndInConsensus(clock, id);
    procedure.route(id, "SILENCE");
    Instant t0 = clock.now();
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure",
        Map.of("expiresAt", t0.plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC).toString())));

    // when the coordinator withdraws it a day later
    clock.advance(Duration.ofDays(1));
    procedure.withdraw("kz.delegate1", id, "Kazakhstan withdraws the paper pending consultations.");

    // then the silence procedure is withdrawn, closed at that moment, neither broken nor adopted
    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(dossier.get("silenceProcedures")).hasSize(1);
    JsonNode silence = dossier.get("silenceProcedures").get(0);
    assertThat(silence.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(instant(silence.get("closedAt"))).isEqualTo(t0.plus(Duration.ofDays(1)));
    assertThat(silence.has("brokenBy")).isFalse();
    assertThat(dossier.get("decisions")).isEmpty();
    assertThat(dossier.get("waitingFor")).isEmpty();
    assertThat(api.get("un.observer", "/api/silence-procedures?status=RUNNING&size=200").getBody().get("items")
        .findValuesAsText("documentId")).doesNotContain(String.valueOf(id));

    // and silence can no longer be broken, and its expiry adopts nothing
    assertProblem(api.post("ru.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "We object.")), HttpStatus.CONFLICT,
        "not under silence procedure");
    clock.advance(Duration.ofDays(3));
    assertThat(clock.fireDueTimers(id)).isZero();
    assertThat(procedure.status(id)).isEqualTo("WITHDRAWN");
    assertThat(api.dossier(id).get("silenceProcedures").get(0).get("status").asText()).isEqualTo("WITHDRAWN");

    // and the forum heard of the circulation only: no break, no adoption, no decision
    List<TestMailServer.Mail> mails = TestMailServer.about(api, id, symbol);
    assertThat(countsByUser(mails, "Silence procedure: ")).containsEntry("ru.delegate1", 1L).hasSize(38);
    assertThat(countsByUser(mails, "Adopted by silence")).isEmpty();
    assertThat(countsByUser(mails, "Silence broken")).isEmpty();
    assertThat(countsByUser(mails, "SOC/")).isEmpty();
  }

  @Test
  void shouldTakeTheItemOffTheMeetingInSessionSoThatTheMeetingCanClose() throws Exception {
    // given a meeting in session on two documents, the second already decided
    clock.freeze();
    long withdrawnPaper = procedure.conceptPaperInRound("Withdrawal: paper on the agenda", SYMBOLS);
    long decidedPaper = procedure.conceptPaperInRound("Withdrawal: paper decided at the meeting", SYMBOLS);
    procedure.silentRoundsEndInConsensus(clock, withdrawnPaper, decidedPaper);
    procedure.route(withdrawnPaper, "MEETING");
    procedure.route(decidedPaper, "MEETING");
    long meeting = procedure.convene("Withdrawal: SOC meeting in session", clock.now().atOffset(ZoneOffset.UTC),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, withdrawnPaper, decidedPaper);
    ok(procedure.decide("soc.chair", meeting, decidedPaper, "APPROVED"));
    assertThat(decideTasks(withdrawnPaper)).isEqualTo(1);
    assertProblem(api.post("soc.chair", "/api/meetings/" + meeting + "/closure", Map.of()), HttpStatus.CONFLICT,
        "every agenda item needs its decision");

    // when the coordinator withdraws the undecided one
    procedure.withdraw("kz.delegate1", withdrawnPaper, "Kazakhstan withdraws the paper from the SOC's agenda.");

    // then its agenda item is marked withdrawn and its decision task is gone
    JsonNode view = api.get("soc.chair", "/api/meetings/" + meeting).getBody();
    assertThat(withdrawnFlags(view.get("agenda")))
        .isEqualTo(Map.of(withdrawnPaper, true, decidedPaper, false));
    assertThat(decideTasks(withdrawnPaper)).isZero();
    assertThat(api.get("soc.chair", "/api/tasks?taskKey=Task_DecideItem&documentId=" + withdrawnPaper).getBody()
        .get("total").asInt()).isZero();
    assertProblem(procedure.decide("soc.chair", meeting, withdrawnPaper, "APPROVED"), HttpStatus.CONFLICT,
        "not on the agenda");
    assertThat(procedure.status(withdrawnPaper)).isEqualTo("WITHDRAWN");
    assertThat(api.dossier(withdrawnPaper).get("decisions")).isEmpty();

    // and the meeting closes, with the one decision taken and the withdrawn item shown as such
    procedure.attendance(meeting, "KZ", "RU", "CN");
    JsonNode closed = procedure.close(meeting);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    JsonNode decisions = api.get("soc.chair", "/api/meetings/" + meeting).getBody().get("decisions");
    assertThat(decisions.findValuesAsText("documentId")).containsExactly(String.valueOf(decidedPaper));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("meeting-" + meeting).count())
        .isZero();
    byte[] summary = rest.withBasicAuth("un.observer", Api.DEMO_PASSWORD)
        .getForObject("/api/meetings/" + meeting + "/summary.pdf", byte[].class);
    try (PDDocument pdf = Loader.loadPDF(summary)) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Withdrawal: paper on the agenda (withdrawn)",
          "Withdrawn from the agenda; no decision was taken.", decisions.get(0).get("number").asText());
    }
  }

  private long openTasks(long id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id)).count();
  }

  /** The open "Decide agenda item" tasks on one document, whatever meeting they belong to. */
  private long decideTasks(long document) {
    return taskService.createTaskQuery().taskDefinitionKey("Task_DecideItem").list().stream()
        .filter(task -> taskService.getVariable(task.getId(), "documentId") instanceof Number item
            && item.longValue() == document)
        .count();
  }

  private static Map<Long, Boolean> withdrawnFlags(JsonNode agenda) {
    return StreamSupport.stream(agenda.spliterator(), false).collect(Collectors.toMap(
        item -> item.get("documentId").asLong(), item -> item.get("withdrawn").asBoolean()));
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getBody().get("detail").asText()).contains(detail);
  }
}
