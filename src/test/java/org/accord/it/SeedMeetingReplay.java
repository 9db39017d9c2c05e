package org.accord.it;

import static org.accord.it.Procedure.Say.amendment;
import static org.accord.it.Procedure.Say.objection;
import static org.accord.it.Procedure.Say.reservation;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.accord.it.TestMailServer.countsByUser;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.accord.document.Documents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SOC meeting of December 2022 (../shared/context/soc-meeting-press-release.txt), replayed:
 * six documents negotiated by their own paths, approved at one videoconference meeting; one more
 * document adopted by silence procedure; another whose silence is broken. Run on one node
 * ({@link SeedMeetingReplayIT}) and on a cluster of two ({@link ClusterIT}), from the first drafts to
 * the decision register and the mails, with its checks along the way.
 */
final class SeedMeetingReplay {

  private static final String SEC = "secretariat.officer";

  private final TestRestTemplate rest;
  private final EngineClock clock;
  private final RuntimeService runtimeService;
  private final Documents documents;
  private final HistoryService historyService;
  private final Api api;
  private final Procedure procedure;

  SeedMeetingReplay(TestRestTemplate rest, EngineClock clock, RuntimeService runtimeService, Documents documents,
      HistoryService historyService) {
    this.rest = rest;
    this.clock = clock;
    this.runtimeService = runtimeService;
    this.documents = documents;
    this.historyService = historyService;
    this.api = new Api(rest);
    this.procedure = new Procedure(api);
  }

  void replay() throws Exception {
    // Mails of other tests that named the same documents (a replay on another node) are not this one's.
    TestMailServer.forgetEveryMail();
    // The replay runs on the engine clock in late 2022, a year no other test decides in, so that its
    // decisions are exactly the SOC's first of the year.
    clock.freezeAt(Instant.parse("2022-11-30T05:40:00Z"));
    assertThat(api.get("un.observer", "/api/decisions?year=2022").getBody().get("total").asInt()).isZero();

    long tourism = tourismWithAnAmendment();
    long agriculture = agricultureWithAnObjectionLiftedAndASilentDelegation();
    long actionPlan = actionPlanWithAnAmendment();
    long calendar = calendarWithAReservation();
    long[] budgetAndMatrix = budgetWhoseStaffMatrixFirstDisagrees();
    long budget = budgetAndMatrix[0];
    long staffMatrix = budgetAndMatrix[1];

    // when the SOC meets by videoconference and approves all six
    long meeting = procedure.convene("Meeting of the Senior Officials Committee (videoconference), December 2022",
        now(), "VIDEOCONFERENCE", null);
    assertThat(StreamSupport.stream(api.get(SEC, "/api/meetings/candidates").getBody().spliterator(), false)
        .map(d -> d.get("id").asLong()).toList()).contains(tourism, agriculture, actionPlan, calendar, budget);
    procedure.agenda(meeting, tourism, agriculture, actionPlan, calendar, budget);
    assertThat(procedure.decide("soc.chair", meeting, 424242L, "APPROVED").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ok(procedure.decide("soc.chair", meeting, tourism, "APPROVED_WITH_RESERVATIONS",
        "CN", "China joins consensus on the understanding that paragraph 4 concerns domestic routes only."));
    ok(procedure.decide("soc.chair", meeting, agriculture, "APPROVED"));
    ok(procedure.decide("soc.chair", meeting, actionPlan, "APPROVED"));
    ok(procedure.decide("soc.chair", meeting, calendar, "APPROVED_WITH_RESERVATIONS"));
    JsonNode budgetDecisions = ok(procedure.decide("soc.chair", meeting, budget, "APPROVED"));
    procedure.attendance(meeting, "KZ", "AZ", "CN", "IN", "IR", "RU", "TR", "TH", "UZ", "PK", "KG", "TJ", "QA",
        "AE", "VN", "KR", "MN", "BH", "EG", "UN");
    JsonNode closed = procedure.close(meeting);

    // then the meeting is closed with its summary record kept
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    // and Camunda Tasklist named the meeting's steps by the meeting, its decisions by their documents
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheMeeting(historyService, meeting,
        "Meeting of the Senior Officials Committee (videoconference), December 2022"))
        .containsExactlyInAnyOrder("Task_BuildAgenda", "Task_DecideItem", "Task_CloseMeeting");
    ResponseEntity<byte[]> summary = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/meetings/" + meeting + "/summary.pdf", byte[].class);
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sha256(summary.getBody())).isEqualTo(closed.get("summarySha256").asText());
    try (PDDocument pdf = Loader.loadPDF(summary.getBody())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Meeting of the Senior Officials Committee (videoconference), December 2022",
          "CICA/SWG/2022/CP-TOURISM", "CICA/SWG/2022/BUDGET-2023");
      assertThat(text).contains("SOC/2022/1", "SOC/2022/2", "SOC/2022/3", "SOC/2022/4", "SOC/2022/5", "SOC/2022/6");
    }

    // and the budget and its staff matrix were decided together
    assertThat(budgetDecisions).hasSize(2);
    assertThat(budgetDecisions.get(1).get("documentId").asLong()).isEqualTo(staffMatrix);

    // and the register holds the six decisions of the meeting, each on the exact frozen version
    JsonNode meetingView = api.get("soc.chair", "/api/meetings/" + meeting).getBody();
    JsonNode decisions = meetingView.get("decisions");
    assertThat(decisions).hasSize(6);
    // numbered in the order the Chair decided, the staff matrix right after its budget
    assertThat(numbersByDocument(decisions)).isEqualTo(Map.of(tourism, "SOC/2022/1", agriculture, "SOC/2022/2",
        actionPlan, "SOC/2022/3", calendar, "SOC/2022/4", budget, "SOC/2022/5", staffMatrix, "SOC/2022/6"));
    for (JsonNode decision : decisions) {
      long document = decision.get("documentId").asLong();
      assertThat(decision.get("outcome").asText()).startsWith("APPROVED");
      JsonNode dossier = api.dossier(document);
      assertThat(dossier.get("document").get("status").asText()).isEqualTo("ADOPTED");
      JsonNode adopted = last(dossier.get("versions"));
      assertThat(adopted.get("frozen").asBoolean()).isTrue();
      assertThat(adopted.get("number").asInt()).isEqualTo(decision.get("versionNumber").asInt());
      assertThat(adopted.get("sha256").asText()).isEqualTo(decision.get("versionSha256").asText());
      byte[] content = rest.withBasicAuth("un.observer", Api.DEMO_PASSWORD).getForObject(
          "/api/documents/" + document + "/versions/" + adopted.get("number").asInt() + "/content", byte[].class);
      assertThat(sha256(content)).isEqualTo(decision.get("versionSha256").asText());
    }
    JsonNode tourismDecision = api.dossier(tourism).get("decisions").get(0);
    assertThat(tourismDecision.get("reservations").findValuesAsText("delegationCode")).containsExactlyInAnyOrder("CN", "CN");
    JsonNode calendarDecision = api.dossier(calendar).get("decisions").get(0);
    assertThat(calendarDecision.get("reservations").get(0).get("delegationCode").asText()).isEqualTo("IL");
    assertThat(api.post("tr.delegate1", "/api/documents/" + tourism + "/versions", Map.of("text", "v3"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // and a separate document is adopted by silence, another's silence is broken and it is withdrawn
    long energy = adoptedBySilence();
    long education = silenceBrokenThenWithdrawn();

    // and the adopted calendar exports as iCalendar
    ResponseEntity<String> ics = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/documents/" + calendar + "/calendar.ics", String.class);
    assertThat(ics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ics.getBody()).contains("BEGIN:VCALENDAR", "Meeting of the Senior Officials Committee");

    // and nothing is left waiting in the engine
    for (long document : List.of(tourism, agriculture, actionPlan, calendar, budget, energy, education)) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.of(documents, document))
          .count()).as("processes of document %s", document).isZero();
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("meeting-" + meeting).count()).isZero();

    // and the register of 2022 holds exactly these seven decisions, the last adopted by silence
    assertThat(api.dossier(energy).get("decisions").get(0).get("number").asText()).isEqualTo("SOC/2022/7");
    JsonNode register = api.get("un.observer", "/api/decisions?year=2022&size=50").getBody();
    assertThat(register.get("items").findValuesAsText("number")).containsExactlyInAnyOrder(
        "SOC/2022/1", "SOC/2022/2", "SOC/2022/3", "SOC/2022/4", "SOC/2022/5", "SOC/2022/6", "SOC/2022/7");

    // and the mails went out, each to exactly the users concerned
    Set<String> forum = new TreeSet<>(Procedure.usersOf(Procedure.MEMBER_STATES));
    forum.addAll(List.of("swg.chair", "soc.chair", SEC));
    Map<String, Long> oncePerForumUser = forum.stream().collect(Collectors.toMap(user -> user, user -> 1L));
    // one decision mail per agenda item, to the whole forum, named by its number and symbol
    Map<Long, String> decided = Map.of(tourism, "SOC/2022/1: CICA/SWG/2022/CP-TOURISM ",
        agriculture, "SOC/2022/2: CICA/SWG/2022/CP-AGRICULTURE ", actionPlan, "SOC/2022/3: CICA/SWG/2022/AP ",
        calendar, "SOC/2022/4: CICA/SWG/2022/CAL-2023 ", budget, "SOC/2022/5: CICA/SWG/2022/BUDGET-2023 ",
        energy, "SOC/2022/7: CICA/SWG/2022/CP-ENERGY ");
    for (Map.Entry<Long, String> item : decided.entrySet()) {
      List<TestMailServer.Mail> mails = TestMailServer.about(api, item.getKey(), symbolOf(item.getKey()));
      assertThat(countsByUser(mails, item.getValue())).as(item.getValue()).isEqualTo(oncePerForumUser);
      assertThat(countsByUser(mails, "SOC/")).as("no other decision mail").isEqualTo(oncePerForumUser);
    }
    // the staff matrix's decision travels in its budget's mail, never in one of its own
    assertThat(TestMailServer.startingWith(api, "SOC/2022/")).hasSize(6 * forum.size());
    assertThat(TestMailServer.startingWith(api, "SOC/2022/6")).isEmpty();
    // the reminder reached Afghanistan alone, the one delegation silent in the Agriculture paper's round 2
    List<TestMailServer.Mail> agricultureMails = TestMailServer.about(api, agriculture, "CICA/SWG/2022/CP-AGRICULTURE");
    assertThat(countsByUser(agricultureMails, "Reminder")).isEqualTo(Map.of("af.delegate1", 1L));
    // both rounds' position tasks reached Kazakhstan's two delegates; Turkiye's first delegate opened round 2
    // by submitting version 2, and is not told of a task its own action created
    List<TestMailServer.Mail> tourismMails = TestMailServer.about(api, tourism, "CICA/SWG/2022/CP-TOURISM");
    assertThat(countsByUser(tourismMails, "[Accord] Task: Give the delegation's position"))
        .containsEntry("kz.delegate1", 2L).containsEntry("kz.delegate2", 2L).containsEntry("tr.delegate1", 1L);
    // the silence procedures: Energy circulated and adopted; Education circulated and broken, never adopted
    List<TestMailServer.Mail> energyMails = TestMailServer.about(api, energy, "CICA/SWG/2022/CP-ENERGY");
    assertThat(countsByUser(energyMails, "Silence procedure: ")).isEqualTo(oncePerForumUser);
    assertThat(countsByUser(energyMails, "Adopted by silence")).isEqualTo(oncePerForumUser);
    assertThat(countsByUser(energyMails, "Silence broken")).isEmpty();
    List<TestMailServer.Mail> educationMails = TestMailServer.about(api, education, "CICA/SWG/2022/CP-EDUCATION");
    assertThat(countsByUser(educationMails, "Silence procedure: ")).isEqualTo(oncePerForumUser);
    assertThat(countsByUser(educationMails, "Silence broken")).isEqualTo(oncePerForumUser);
    assertThat(countsByUser(educationMails, "Adopted by silence")).isEmpty();
    assertThat(countsByUser(educationMails, "SOC/")).isEmpty();
  }

  /** Tourism: Kazakhstan proposes an amendment in round 1; in round 2 China enters a reservation. */
  private long tourismWithAnAmendment() {
    long id = procedure.create("tr.delegate1", "TR", "CONCEPT_PAPER", "Concept paper on the CICA priority area \"Tourism\"",
        Map.of("data", conceptPaper("Tourism", "TR", "AZ", "1. Tourism builds confidence between peoples.")));
    procedure.register(id, "CICA/SWG/2022/CP-TOURISM");
    procedure.everyStateAnswers(id, Map.of("KZ", amendment("Add: \"including the Silk Road heritage routes\".")));
    assertThat(procedure.status(id)).isEqualTo("IN_REVISION");
    procedure.submit("tr.delegate1", id, Map.of("data", conceptPaper("Tourism", "TR", "AZ",
        "1. Tourism builds confidence between peoples, including the Silk Road heritage routes."),
        "note", "Kazakhstan's amendment accepted"));
    procedure.everyStateAnswers(id, Map.of("CN", reservation("China reads paragraph 4 as concerning domestic routes.")));
    procedure.confirmConsensus(id);
    procedure.route(id, "MEETING");
    return id;
  }

  /**
   * Agriculture: Russia objects in round 1 and lifts its objection in round 2, where Afghanistan
   * stays silent past the deadline (silence is no objection for concept papers). A reminder goes out first.
   */
  private long agricultureWithAnObjectionLiftedAndASilentDelegation() {
    long id = procedure.create("pk.delegate1", "PK", "CONCEPT_PAPER", "Concept paper on the CICA priority area \"Agriculture\"",
        Map.of("data", conceptPaper("Agriculture", "PK", "KG", "1. Food security is a shared concern.")));
    procedure.register(id, "CICA/SWG/2022/CP-AGRICULTURE");
    procedure.everyStateAnswers(id, Map.of("RU", objection("Paragraph 1 prejudges the work of other fora.")));
    procedure.submit("pk.delegate1", id, Map.of("data", conceptPaper("Agriculture", "PK", "KG",
        "1. Food security is a shared concern, without prejudice to the work of other fora.")));
    for (String state : Procedure.MEMBER_STATES) {
      if (!state.equals("AF")) {
        ok(api.givePosition(Procedure.delegate(state), id, state, "NO_OBJECTION", null));
      }
    }
    // the delegations may change their position until the round closes; the record keeps both
    ok(api.exchange("ru.delegate1", HttpMethod.PUT, "/api/documents/" + id + "/positions/RU",
        Map.of("kind", "RESERVATION", "text", "Russia joins consensus and will comment at the SOC.")));
    ok(api.exchange("ru.delegate1", HttpMethod.PUT, "/api/documents/" + id + "/positions/RU",
        Map.of("kind", "NO_OBJECTION")));
    clock.advance(Duration.ofDays(12));
    assertThat(clock.fireDueTimers(id)).isEqualTo(1);
    assertThat(procedure.status(id)).isEqualTo("IN_NEGOTIATION");
    clock.advance(Duration.ofDays(3));
    assertThat(clock.fireDueTimers(id)).isEqualTo(1);
    JsonNode lastRound = last(api.dossier(id).get("rounds"));
    assertThat(lastRound.get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(lastRound.get("round").has("remindedAt")).isTrue();
    JsonNode silent = find(lastRound.get("positions"), "AF");
    assertThat(silent.get("bySilence").asBoolean()).isTrue();
    assertThat(StreamSupport.stream(lastRound.get("changes").spliterator(), false)
        .filter(change -> change.get("delegationCode").asText().equals("RU")).count()).isEqualTo(3);
    procedure.confirmConsensus(id);
    procedure.route(id, "MEETING");
    return id;
  }

  /** The Action Plan: the Secretariat holds the pen; India amends; silence is not allowed for action plans. */
  private long actionPlanWithAnAmendment() {
    long id = procedure.create(SEC, "SEC", "ACTION_PLAN",
        "Action Plan on implementation of confidence-building measures under priority areas of the CICA dimensions",
        Map.of("data", actionPlan("2024-12")));
    procedure.register(id, "CICA/SWG/2022/AP");
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Extend the timeline of the Tourism Forum to 2025.")));
    procedure.submit(SEC, id, Map.of("data", actionPlan("2025-12")));
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    assertThat(api.post("soc.chair", "/api/documents/" + id + "/soc-route", Map.of("route", "SILENCE")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(procedure.status(id)).isEqualTo("AWAITING_SOC_MEETING");
    return id;
  }

  /** The Calendar of events for 2023: one round, Israel enters a reservation. */
  private long calendarWithAReservation() {
    long id = procedure.create(SEC, "SEC", "CALENDAR_OF_EVENTS", "Calendar of CICA events for 2023",
        Map.of("data", calendar()));
    procedure.register(id, "CICA/SWG/2022/CAL-2023");
    procedure.everyStateAnswers(id, Map.of("IL", reservation("Israel's participation in hosted events is subject to visas.")));
    procedure.confirmConsensus(id);
    procedure.route(id, "MEETING");
    return id;
  }

  /** The 2023 budget and its staff matrix: the first submission disagrees and is refused. */
  private long[] budgetWhoseStaffMatrixFirstDisagrees() {
    long budget = procedure.create(SEC, "SEC", "BUDGET", "Budget of the CICA Secretariat for 2023", Map.of());
    long matrix = procedure.create(SEC, "SEC", "STAFF_MATRIX", "Staff matrix of the CICA Secretariat for 2023",
        Map.of("packageOf", budget, "data", staffMatrix(4)));
    ResponseEntity<JsonNode> refused = api.post(SEC, "/api/documents/" + budget + "/versions",
        Map.of("data", budget(1_300_000)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText())
        .contains("staff matrix totals 1,320,000.00 USD", "staff line is 1,300,000.00 USD");
    assertThat(api.dossier(budget).get("versions")).isEmpty();
    procedure.submit(SEC, matrix, Map.of("data", staffMatrix(3)));
    procedure.submit(SEC, budget, Map.of("data", budget(1_300_000)));
    procedure.register(budget, "CICA/SWG/2022/BUDGET-2023");
    procedure.everyStateAnswers(budget, Map.of());
    procedure.confirmConsensus(budget);
    assertThat(procedure.status(matrix)).isEqualTo("AWAITING_SOC_MEETING");
    return new long[] {budget, matrix};
  }

  private long adoptedBySilence() {
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Concept paper on the CICA priority area \"Energy\"",
        Map.of("data", conceptPaper("Energy", "KZ", "AZ", "1. Energy security concerns every member state.")));
    procedure.register(id, "CICA/SWG/2022/CP-ENERGY");
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    procedure.route(id, "SILENCE");
    OffsetDateTime expiry = now().plusDays(2);
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure",
        Map.of("expiresAt", expiry.toString(), "note", "Circulated under silence until " + expiry)));
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    assertThat(api.post("ru.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "Too late")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(clock.fireDueTimers(id)).isEqualTo(1);
    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("ADOPTED");
    assertThat(dossier.get("silenceProcedures").get(0).get("status").asText()).isEqualTo("ADOPTED");
    assertThat(dossier.get("decisions").get(0).get("silenceProcedureId").asLong())
        .isEqualTo(dossier.get("silenceProcedures").get(0).get("id").asLong());
    return id;
  }

  private long silenceBrokenThenWithdrawn() {
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Concept paper on the CICA priority area \"Education\"",
        Map.of("data", conceptPaper("Education", "KZ", "MN", "1. Exchanges of students build confidence.")));
    procedure.register(id, "CICA/SWG/2022/CP-EDUCATION");
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    procedure.route(id, "SILENCE");
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure", Map.of("expiresAt", now().plusDays(3).toString())));
    ok(api.post("ir.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "IR", "kind", "AMENDMENT", "text", "Add academic mobility programmes to paragraph 1.")));
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-choice", Map.of("choice", "BACK_TO_SWG", "password", Api.DEMO_PASSWORD)));
    assertThat(procedure.status(id)).isEqualTo("IN_REVISION");
    ok(api.post("kz.delegate1", "/api/documents/" + id + "/withdrawal",
        Map.of("reason", "Kazakhstan will resubmit the paper with the Islamic Republic of Iran next year.")));
    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(dossier.get("document").get("withdrawalReason").asText()).contains("resubmit");
    assertThat(dossier.get("silenceProcedures").get(0).get("brokenByDelegation").asText()).isEqualTo("IR");
    assertThat(dossier.get("waitingFor")).isEmpty();
    // Camunda Tasklist named the silence procedure's tasks by the document and its page, as all others
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheDocument(historyService, id, "CICA/SWG/2022/CP-EDUCATION",
        "Concept paper on the CICA priority area \"Education\"")).contains("Task_CirculateUnderSilence",
        "Task_ChooseAfterBreak");
    return id;
  }

  // ---- the documents' structured data ----

  private static Map<String, Object> conceptPaper(String area, String coordinator, String coCoordinator, String text) {
    return Map.of("priorityArea", area, "dimension", "ECONOMIC", "coordinators", List.of(coordinator),
        "coCoordinators", List.of(coCoordinator), "text", text);
  }

  private static Map<String, Object> actionPlan(String tourismForumEnd) {
    return Map.of("measures", List.of(
        Map.of("title", "CICA Tourism Forum", "dimension", "ECONOMIC", "priorityArea", "Tourism",
            "coordinators", List.of("TR", "AZ"), "timeline", Map.of("start", "2023-01", "end", tourismForumEnd)),
        Map.of("title", "Seminar on food security", "dimension", "ECONOMIC", "priorityArea", "Agriculture",
            "coordinators", List.of("PK"), "timeline", Map.of("start", "2023-03", "end", "2023-11")),
        Map.of("title", "Workshop on countering illicit drug trafficking", "dimension", "NEW_CHALLENGES_AND_THREATS",
            "priorityArea", "Drug trafficking", "coordinators", List.of("AF", "KZ"),
            "timeline", Map.of("start", "2023-02", "end", "2023-06"))));
  }

  private static Map<String, Object> calendar() {
    return Map.of("year", 2023, "events", List.of(
        Map.of("title", "Meeting of the Special Working Group", "start", "2023-03-14", "end", "2023-03-15",
            "format", "IN_PERSON", "hostState", "KZ"),
        Map.of("title", "Meeting of the Senior Officials Committee", "start", "2023-04-13", "end", "2023-04-14",
            "format", "IN_PERSON", "hostState", "KZ"),
        Map.of("title", "CICA Tourism Forum", "start", "2023-06-20", "end", "2023-06-21", "format", "HYBRID",
            "hostState", "TR", "dimension", "ECONOMIC"),
        Map.of("title", "Expert meeting on food security", "start", "2023-09-12", "end", "2023-09-12",
            "format", "VIDEOCONFERENCE", "dimension", "ECONOMIC")));
  }

  private static Map<String, Object> budget(long staff) {
    return Map.of("year", 2023, "lines", List.of(
        Map.of("category", "STAFF", "amount", staff, "currency", "USD"),
        Map.of("category", "OFFICIAL_TRAVEL", "amount", 180_000, "currency", "USD"),
        Map.of("category", "PREMISES", "amount", 240_000, "currency", "USD")));
  }

  /** With four counsellors the posts cost 1,320,000 a year; with three (and five attachés) 1,300,000. */
  private static Map<String, Object> staffMatrix(int counsellors) {
    List<Map<String, Object>> posts = new ArrayList<>();
    posts.add(Map.of("title", "Secretary General", "grade", "USG", "number", 1, "annualCost", 250_000));
    posts.add(Map.of("title", "Deputy Secretary General", "grade", "ASG", "number", 2, "annualCost", 200_000));
    posts.add(Map.of("title", "Counsellor", "grade", "P-5", "number", counsellors, "annualCost", 105_000));
    posts.add(Map.of("title", "Attaché", "grade", "P-2", "number", counsellors == 4 ? 4 : 5, "annualCost",
        counsellors == 4 ? 62_500 : 67_000));
    return Map.of("year", 2023, "currency", "USD", "posts", posts);
  }

  private String symbolOf(long document) {
    return api.dossier(document).get("document").get("symbol").asText();
  }

  private static Map<Long, String> numbersByDocument(JsonNode decisions) {
    return StreamSupport.stream(decisions.spliterator(), false)
        .collect(Collectors.toMap(d -> d.get("documentId").asLong(), d -> d.get("number").asText()));
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private static JsonNode find(JsonNode positions, String code) {
    return StreamSupport.stream(positions.spliterator(), false)
        .filter(p -> p.get("delegationCode").asText().equals(code)).findFirst().orElseThrow();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
