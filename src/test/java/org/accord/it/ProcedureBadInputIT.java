package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad input at every step of the whole procedure: a clear 4xx problem, and nothing left behind. */
@AccordIntegrationTest
class ProcedureBadInputIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  private Api api;
  private Procedure procedure;

  @BeforeEach
  void setUp() {
    api = new Api(rest);
    procedure = new Procedure(api);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void shouldRefuseInvalidStructuredContentAndStoreNothing() {
    // given a calendar of events awaiting its first draft
    long id = procedure.create("secretariat.officer", "SEC", "CALENDAR_OF_EVENTS", "Bad input: calendar", Map.of());

    // when the Secretariat submits an event that ends before it starts
    ResponseEntity<JsonNode> refused = api.post("secretariat.officer", "/api/documents/" + id + "/versions",
        Map.of("data", Map.of("year", 2023, "events", List.of(Map.of("title", "SWG", "start", "2023-03-14",
            "end", "2023-03-10", "format", "IN_PERSON", "hostState", "KZ")))));

    // then it is refused with the field named, and no version is stored
    assertProblem(refused, HttpStatus.BAD_REQUEST, "events[0].end");
    // and in Russian, the field's path still first, where the revision form looks for it
    assertProblem(api.inRussian().post("secretariat.officer", "/api/documents/" + id + "/versions",
        Map.of("data", Map.of("year", 2023, "events", List.of(Map.of("title", "SWG", "start", "2023-03-14",
            "end", "2023-03-10", "format", "IN_PERSON", "hostState", "KZ"))))),
        HttpStatus.BAD_REQUEST, "events[0].end (2023-03-10) раньше, чем events[0].start (2023-03-14).");
    assertProblem(api.post("secretariat.officer", "/api/documents/" + id + "/versions", Map.of("text", "Only words")),
        HttpStatus.BAD_REQUEST, "structured data");
    assertThat(api.dossier(id).get("versions")).isEmpty();
    assertThat(procedure.status(id)).isEqualTo("AWAITING_DRAFT");
  }

  @Test
  void shouldRefuseABudgetThatDoesNotAddUp() {
    long budget = procedure.create("secretariat.officer", "SEC", "BUDGET", "Bad input: budget", Map.of());
    procedure.create("secretariat.officer", "SEC", "STAFF_MATRIX", "Bad input: staff matrix",
        Map.of("packageOf", budget, "data", Map.of("year", 2023, "currency", "USD",
            "posts", List.of(Map.of("title", "Counsellor", "grade", "P-5", "number", 2, "annualCost", 100_000)))));

    ResponseEntity<JsonNode> refused = api.post("secretariat.officer", "/api/documents/" + budget + "/versions",
        Map.of("data", Map.of("year", 2023, "lines", List.of(Map.of("category", "STAFF", "amount", 150_000, "currency", "USD")))));

    assertProblem(refused, HttpStatus.BAD_REQUEST, "staff matrix totals 200,000.00 USD");
    assertProblem(api.inRussian().post("secretariat.officer", "/api/documents/" + budget + "/versions",
        Map.of("data", Map.of("year", 2023, "lines", List.of(Map.of("category", "STAFF", "amount", 150_000, "currency", "USD"))))),
        HttpStatus.BAD_REQUEST, "Итог штатного расписания — 200,000.00 USD, а строка бюджета на персонал — 150,000.00 USD;");
    assertThat(api.dossier(budget).get("versions")).isEmpty();
    assertThat(procedure.status(budget)).isEqualTo("AWAITING_DRAFT");
    assertProblem(api.post("secretariat.officer", "/api/documents", Map.of("type", "STAFF_MATRIX",
        "title", "Orphan matrix", "coordinator", "SEC")), HttpStatus.BAD_REQUEST, "travels with its budget");
  }

  @Test
  void shouldRefuseAPositionOrAChangeAfterTheRoundClosed() {
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: late position", Map.of("text", "Draft"));
    procedure.register(id, "CICA/BAD/" + id);
    procedure.everyStateAnswers(id, Map.of());

    assertProblem(api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "Too late"), HttpStatus.CONFLICT, "No round is open");
    ResponseEntity<JsonNode> inRussian = api.inRussian().givePosition("ru.delegate1", id, "RU", "OBJECTION", "Too late");
    assertProblem(inRussian, HttpStatus.CONFLICT, "По этому документу нет открытого раунда.");
    assertThat(inRussian.getBody().get("title").asText()).isEqualTo("Противоречит текущему состоянию");
    assertProblem(api.exchange("ru.delegate1", HttpMethod.PUT, "/api/documents/" + id + "/positions/RU",
        Map.of("kind", "OBJECTION", "text", "Too late")), HttpStatus.CONFLICT, "No round is open");
    JsonNode positions = api.dossier(id).get("rounds").get(0).get("positions");
    assertThat(positions.findValuesAsText("kind")).containsOnly("NO_OBJECTION");
  }

  @Test
  void shouldRefuseADecisionOnADocumentNotOnTheAgenda() {
    long onAgenda = procedure.documentAwaitingMeeting("Bad input: on the agenda");
    long elsewhere = procedure.documentAwaitingMeeting("Bad input: not on the agenda");
    long meeting = procedure.convene("Bad input meeting", OffsetDateTime.now().plusDays(2), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, onAgenda);

    assertProblem(procedure.decide("soc.chair", meeting, elsewhere, "APPROVED"), HttpStatus.CONFLICT, "not on the agenda");
    assertThat(api.dossier(elsewhere).get("decisions")).isEmpty();
    assertThat(procedure.status(elsewhere)).isEqualTo("AWAITING_SOC_MEETING");
    assertProblem(procedure.decide("soc.chair", meeting, onAgenda, "APPROVED_WITH_RESERVATIONS"),
        HttpStatus.BAD_REQUEST, "no reservation");
    assertProblem(procedure.decide("soc.chair", meeting, onAgenda, "APPROVED", "XX", "A statement"),
        HttpStatus.BAD_REQUEST, "not the code of a member state");
    assertProblem(api.post("soc.chair", "/api/meetings/" + meeting + "/closure", Map.of()), HttpStatus.CONFLICT,
        "every agenda item needs its decision");
    assertThat(api.get("soc.chair", "/api/meetings/" + meeting).getBody().get("decisions")).isEmpty();
  }

  @Test
  void shouldRefuseAnAgendaOfDocumentsTheSwgHasNotRecommended() {
    long inRound = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: still negotiated", Map.of("text", "Draft"));
    long meeting = procedure.convene("Bad input agenda", OffsetDateTime.now().plusDays(2), "IN_PERSON", "Astana");

    assertProblem(api.exchange("secretariat.officer", HttpMethod.PUT, "/api/meetings/" + meeting + "/agenda",
        Map.of("documentIds", List.of(inRound))), HttpStatus.CONFLICT, "only documents the SWG recommended");
    assertProblem(api.post("secretariat.officer", "/api/meetings/" + meeting + "/agenda/confirmation", Map.of()),
        HttpStatus.BAD_REQUEST, "agenda is empty");
    assertProblem(api.post("secretariat.officer", "/api/meetings", Map.of("title", "No place",
        "startsAt", "2030-01-01T09:00:00Z", "format", "IN_PERSON")), HttpStatus.BAD_REQUEST, "needs a place");
  }

  @Test
  void shouldRefuseBreakingSilenceAfterExpiryAndBadExpiries() {
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: silence", Map.of("text", "Draft"));
    procedure.register(id, "CICA/BAD/" + id);
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    procedure.route(id, "SILENCE");
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    assertProblem(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure",
        Map.of("expiresAt", now.minusHours(1).toString())), HttpStatus.BAD_REQUEST, "in the future");
    assertProblem(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure",
        Map.of("expiresAt", now.plusDays(200).toString())), HttpStatus.BAD_REQUEST, "90 days");
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure", Map.of("expiresAt", now.plusDays(1).toString())));
    assertProblem(api.post("ru.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", " ")), HttpStatus.BAD_REQUEST, null);
    assertProblem(api.post("kz.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "For Russia")), HttpStatus.FORBIDDEN, null);

    // when the expiry passes before the timer has even run
    new EngineClock(runtimeService, managementService).advance(Duration.ofDays(1).plusMinutes(1));
    ResponseEntity<JsonNode> late = api.post("ru.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "We object after all."));

    // then the break is refused and the procedure is still unbroken
    assertProblem(late, HttpStatus.CONFLICT, "expired");
    JsonNode procedureRecord = api.dossier(id).get("silenceProcedures").get(0);
    assertThat(procedureRecord.get("status").asText()).isEqualTo("RUNNING");
    assertThat(procedureRecord.has("brokenBy")).isFalse();
  }

  @Test
  void shouldRefuseAWithdrawalWithoutReasonOrByAnotherState() {
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: withdrawal", Map.of("text", "Draft"));
    assertProblem(api.post("kz.delegate1", "/api/documents/" + id + "/withdrawal", Map.of("reason", "")),
        HttpStatus.BAD_REQUEST, null);
    assertProblem(api.post("ru.delegate1", "/api/documents/" + id + "/withdrawal", Map.of("reason", "Not ours")),
        HttpStatus.FORBIDDEN, null);
    ok(api.post("kz.delegate1", "/api/documents/" + id + "/withdrawal", Map.of("reason", "Merged into another paper")));
    assertProblem(api.post("kz.delegate1", "/api/documents/" + id + "/withdrawal", Map.of("reason", "Again")),
        HttpStatus.CONFLICT, "already WITHDRAWN");
    assertThat(api.dossier(id).get("waitingFor")).isEmpty();
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    if (detail != null) {
      assertThat(response.getBody().get("detail").asText()).contains(detail);
    }
  }
}
