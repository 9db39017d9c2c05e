package org.accord.it;

import static org.accord.it.BrowserSession.shown;
import static org.accord.it.Procedure.Say.amendment;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.accord.acting.ActingChairs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Acting chairs through the API, on PostgreSQL: designated by either chair, a user holds the chair's
 * rights (the Camunda group, and with it Camunda's own authorizations on the chair's tasks) while the
 * designation lasts and no longer; every act they take records whom they acted for, and the pages
 * that show the act say so; the designation is refused when it overlaps another, when an acting
 * chair hands the office on, or when another body's chair ends it.
 */
@AccordIntegrationTest
class ActingChairIT extends ProcedureJourney {

  private static final String ACTING = "kz.delegate2";
  private static final String ACTING_SWG = "in.delegate2";
  private static final String SEC = "secretariat.officer";

  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired TaskService taskService;
  @Autowired ActingChairs actingChairs;

  @AfterEach
  void endEveryDesignation() {
    for (String[] seat : new String[][] {{"SOC_CHAIR", "soc.chair"}, {"SWG_CHAIR", "swg.chair"}}) {
      for (JsonNode open : ok(api.get(seat[1], "/api/acting-chairs?body=" + seat[0]))) {
        api.post(seat[1], "/api/acting-chairs/" + open.get("id").asLong() + "/end", Map.of());
      }
    }
  }

  @Test
  void shouldLetTheActingChairDecideForTheChairWhileTheDesignationLastsAndRecordWhomTheyActedFor() throws IOException {
    // given a paper on the agenda of a meeting in session, and a member of Kazakhstan's delegation
    long paper = procedure.documentAwaitingMeeting("Acting chair: paper", "CICA/SWG/IT/ACT-");
    long meeting = procedure.convene("Meeting of the SOC: the acting Chair's",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    assertThat(procedure.decide(ACTING, meeting, paper, "APPROVED").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // when the SOC Chair designates them for the next eight hours
    JsonNode designation = ok(api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", ACTING, null, Instant.now().plus(Duration.ofHours(8)), "Mission to New York")));

    // then they are in the Chair's Camunda group, and decide the item, on the record as acting for the Chair
    assertThat(designation.hasNonNull("tookEffectAt")).isTrue();
    assertThat(identity.createUserQuery().userId(ACTING).memberOfGroup("soc-chair").count()).isEqualTo(1);
    JsonNode decided = ok(procedure.decide(ACTING, meeting, paper, "APPROVED"));
    assertThat(decided.get(0).get("decidedBy").asText()).isEqualTo(ACTING);
    assertThat(decided.get(0).get("actingFor").asText()).isEqualTo("soc.chair");

    // and an acting chair does not hand the office on, nor does the SWG Chair end the SOC Chair's designation
    assertThat(api.post(ACTING, "/api/acting-chairs", designation("SOC_CHAIR", "kz.delegate1", null,
        Instant.now().plus(Duration.ofHours(1)), null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    long id = designation.get("id").asLong();
    assertThat(api.post("swg.chair", "/api/acting-chairs/" + id + "/end", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // when the SOC Chair closes the meeting in person
    procedure.attendance(meeting, "KZ", "CN");
    JsonNode closed = procedure.close(meeting);
    assertThat(closed.get("closedBy").asText()).isEqualTo("soc.chair");
    assertThat(closed.hasNonNull("closedActingFor")).isFalse();

    // then the summary record says who decided, acting for whom
    ResponseEntity<byte[]> summary = rest.withBasicAuth("cn.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/meetings/" + meeting + "/summary.pdf", byte[].class);
    try (PDDocument pdf = Loader.loadPDF(summary.getBody())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("by " + ACTING + " (acting for soc.chair)");
    }

    // when the Chair ends the designation
    JsonNode ended = ok(api.post("soc.chair", "/api/acting-chairs/" + id + "/end", Map.of()));

    // then the rights end with it
    assertThat(ended.get("endedBy").asText()).isEqualTo("soc.chair");
    assertThat(ended.hasNonNull("lapsedAt")).isTrue();
    assertThat(identity.createUserQuery().userId(ACTING).memberOfGroup("soc-chair").count()).isZero();
    assertThat(api.get(ACTING, "/api/acting-chairs?body=SOC_CHAIR").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("soc.chair", "/api/acting-chairs/" + id + "/end", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldTakeEffectAndLapseOnTheClockAndRefuseAnOverlappingDesignation() {
    // given the SOC Chair designates Kazakhstan's delegate for a day starting in two days
    Instant t0 = clock.freeze();
    Instant from = t0.plus(Duration.ofDays(2));
    Instant until = from.plus(Duration.ofDays(1));
    JsonNode designation = ok(api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", ACTING, from, until, null)));
    assertThat(designation.hasNonNull("tookEffectAt")).isFalse();

    // when another is designated for a period that shares an hour with it, or nonsense is asked
    ResponseEntity<JsonNode> overlapping = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "kz.delegate1", until.minus(Duration.ofHours(1)), until.plus(Duration.ofDays(1)), null));
    ResponseEntity<JsonNode> backwards = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "kz.delegate1", until.plus(Duration.ofDays(3)), until.plus(Duration.ofDays(2)), null));
    ResponseEntity<JsonNode> nobody = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "no.such.user", null, until, null));
    ResponseEntity<JsonNode> otherBody = api.post("soc.chair", "/api/acting-chairs",
        designation("SWG_CHAIR", "kz.delegate1", null, until, null));

    // then each is refused and says why
    assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overlapping.getBody().get("detail").asText()).contains(ACTING, "already designated");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getBody().get("detail").asText()).contains("no.such.user");
    assertThat(otherBody.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // when the clock reaches the period, and later passes its end
    actingChairs.bringUpToDate();
    boolean before = member();
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    actingChairs.bringUpToDate();
    boolean during = member();
    clock.advance(Duration.ofDays(1));
    actingChairs.bringUpToDate();

    // then the rights were held from its start to its end only
    assertThat(before).isFalse();
    assertThat(during).isTrue();
    assertThat(member()).isFalse();
    assertThat(actingChairs.get(designation.get("id").asLong()).lapsedAt()).isNotNull();
  }

  @Test
  void shouldLetTheActingSwgChairExtendRuleAndConfirmForTheChairEachActOnTheRecordAsActingForThem() throws Exception {
    // given a calendar of events in its first round (two rounds before the SWG Chair rules)
    long id = procedure.create(SEC, "SEC", "CALENDAR_OF_EVENTS", "Acting chair: calendar", Map.of("data", calendar("First")));
    procedure.register(id, "CICA/SWG/IT/ACT-SWG-" + id);
    String extension = "/api/documents/" + id + "/rounds/1/extension";
    Instant later = Procedure.instant(procedure.lastRound(id).get("round").get("deadline")).plus(Duration.ofDays(7));
    assertThat(api.post(ACTING_SWG, extension, Map.of("deadline", later.toString(), "reason", "Too early"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // when the SWG Chair designates India's second delegate for the next eight hours
    JsonNode designation = ok(api.post("swg.chair", "/api/acting-chairs",
        designation("SWG_CHAIR", ACTING_SWG, null, Instant.now().plus(Duration.ofHours(8)), "Consultations in Delhi")));

    // then it takes effect at once: they are in the SWG Chair's group, and the SOC Chair's seat is untouched
    assertThat(designation.hasNonNull("tookEffectAt")).isTrue();
    assertThat(designation.get("actingFor").asText()).isEqualTo("swg.chair");
    assertThat(member(ACTING_SWG, "swg-chair")).isTrue();
    assertThat(member(ACTING_SWG, "soc-chair")).isFalse();
    assertThat(ok(api.get(SEC, "/api/acting-chairs?body=SWG_CHAIR")).findValuesAsText("actingUser"))
        .containsExactly(ACTING_SWG);

    // when they extend the round, rule after the rounds are spent, and confirm consensus in the round granted
    JsonNode extended = ok(api.post(ACTING_SWG, extension,
        Map.of("deadline", later.toString(), "reason", "The capitals need another week.")));
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Rename the forum.")));
    procedure.submit(SEC, id, Map.of("data", calendar("Second")));
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Rename it again.")));
    JsonNode ruled = ok(api.post(ACTING_SWG, "/api/documents/" + id + "/ruling",
        Map.of("ruling", "ONE_MORE_ROUND", "note", "One last attempt.")));
    procedure.submit(SEC, id, Map.of("data", calendar("Third")));
    procedure.everyStateAnswers(id, Map.of());
    assertThat(procedure.status(id)).isEqualTo("AWAITING_CONSENSUS");
    ok(api.post(ACTING_SWG, "/api/documents/" + id + "/consensus", Map.of("note", "Consensus reached by the acting Chair.")));

    // then each act is on the record as theirs, acting for the SWG Chair
    assertThat(extended.get("extendedBy").asText()).isEqualTo(ACTING_SWG);
    assertThat(extended.get("actingFor").asText()).isEqualTo("swg.chair");
    assertThat(ruled.get("ruledBy").asText()).isEqualTo(ACTING_SWG);
    assertThat(ruled.get("actingFor").asText()).isEqualTo("swg.chair");
    JsonNode dossier = api.dossier(id);
    JsonNode extensionOnRecord = dossier.get("rounds").get(0).get("extensions").get(0);
    assertThat(extensionOnRecord.get("extendedBy").asText()).isEqualTo(ACTING_SWG);
    assertThat(extensionOnRecord.get("actingFor").asText()).isEqualTo("swg.chair");
    assertThat(dossier.get("rulings").findValuesAsText("actingFor")).containsExactly("swg.chair");
    assertThat(dossier.get("consensus").findValuesAsText("confirmedBy")).containsExactly(ACTING_SWG);
    assertThat(dossier.get("consensus").findValuesAsText("actingFor")).containsExactly("swg.chair");
    assertThat(procedure.status(id)).isEqualTo("RECOMMENDED");

    // and the pages that show them say whom they acted for
    BrowserSession chair = signedIn("swg.chair");
    String actor = ACTING_SWG + " (acting for swg.chair)";
    assertThat(shown(chair.get("/documents/" + id))).contains("by " + actor + ", ");
    assertThat(shown(chair.get("/documents/" + id + "/ruling"))).contains("One more round (" + actor + ", ");
    assertThat(shown(chair.get("/documents/" + id + "/consensus"))).contains("Consensus confirmed by " + actor + " on ");

    // when the SWG Chair ends the designation, the rights end with it
    ok(api.post("swg.chair", "/api/acting-chairs/" + designation.get("id").asLong() + "/end", Map.of()));
    assertThat(member(ACTING_SWG, "swg-chair")).isFalse();
    assertThat(api.get(ACTING_SWG, "/api/acting-chairs?body=SWG_CHAIR").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetTheActingSocChairRouteCirculateChooseOpenAndCloseForTheChairEachActOnTheRecordAsActingForThem()
      throws Exception {
    // given two papers recommended by the SWG, waiting for the SOC Chair's route
    long underSilence = recommended("Acting chair: paper under silence");
    long toMeeting = recommended("Acting chair: paper for a meeting");
    String routeTask = chairsTask(underSilence, "Task_ChooseSocRoute");
    assertThat(camunda(ACTING, routeTask)).isEqualTo(CamundaSays.NOTHING);

    // when the SOC Chair designates Kazakhstan's second delegate for the next eight hours
    ok(api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", ACTING, null, Instant.now().plus(Duration.ofHours(8)), "Mission to New York")));

    // then Camunda itself shows them the Chair's task and lets them work on it
    assertThat(camunda(ACTING, routeTask)).isEqualTo(CamundaSays.EVERYTHING);

    // when they send one paper under silence, circulate it and, silence broken, send it back to the SWG
    ok(api.post(ACTING, "/api/documents/" + underSilence + "/soc-route", Map.of("route", "SILENCE")));
    JsonNode circulated = ok(api.post(ACTING, "/api/documents/" + underSilence + "/silence-procedure",
        Map.of("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString())));
    ok(api.post("ru.delegate1", "/api/documents/" + underSilence + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "Russia objects to paragraph 1.")));
    JsonNode chosen = ok(api.post(ACTING, "/api/documents/" + underSilence + "/silence-choice",
        Map.of("choice", "BACK_TO_SWG", "password", Api.DEMO_PASSWORD)));

    // then the procedure names them for both acts, acting for the SOC Chair
    assertThat(circulated.get("startedBy").asText()).isEqualTo(ACTING);
    assertThat(circulated.get("startedActingFor").asText()).isEqualTo("soc.chair");
    assertThat(chosen.get("chosenBy").asText()).isEqualTo(ACTING);
    assertThat(chosen.get("chosenActingFor").asText()).isEqualTo("soc.chair");
    assertThat(procedure.status(underSilence)).isEqualTo("IN_REVISION");

    // when they send the other paper to a meeting convened for tomorrow, open the session early, decide and close it
    ok(api.post(ACTING, "/api/documents/" + toMeeting + "/soc-route", Map.of("route", "MEETING")));
    long meeting = procedure.convene("Meeting of the SOC: opened by the acting Chair",
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), "VIDEOCONFERENCE", null);
    ok(api.exchange(SEC, HttpMethod.PUT, "/api/meetings/" + meeting + "/agenda", Map.of("documentIds", List.of(toMeeting))));
    assertThat(ok(api.post(SEC, "/api/meetings/" + meeting + "/agenda/confirmation", Map.of())).get("status").asText())
        .isEqualTo("AGENDA_CONFIRMED");
    JsonNode opened = ok(api.post(ACTING, "/api/meetings/" + meeting + "/session", Map.of()));
    ok(procedure.decide(ACTING, meeting, toMeeting, "APPROVED"));
    procedure.attendance(meeting, "KZ", "RU");
    JsonNode closed = ok(api.post(ACTING, "/api/meetings/" + meeting + "/closure", Map.of()));

    // then the meeting names them for both, acting for the SOC Chair
    assertThat(opened.get("openedBy").asText()).isEqualTo(ACTING);
    assertThat(opened.get("openedActingFor").asText()).isEqualTo("soc.chair");
    assertThat(closed.get("closedBy").asText()).isEqualTo(ACTING);
    assertThat(closed.get("closedActingFor").asText()).isEqualTo("soc.chair");

    // and every page that shows these acts says whom they acted for
    BrowserSession reader = signedIn(SEC);
    String actor = ACTING + " (acting for soc.chair)";
    assertThat(shown(reader.get("/documents/" + underSilence + "/route")))
        .containsPattern(Pattern.quote("Route chosen by " + actor + " on ") + "[^<]*: Silence procedure\\.");
    assertThat(shown(reader.get("/documents/" + toMeeting + "/route")))
        .containsPattern(Pattern.quote("Route chosen by " + actor + " on ") + "[^<]*: An SOC meeting\\.");
    String silence = shown(reader.get("/documents/" + underSilence));
    assertThat(silence.substring(silence.indexOf("<section id=\"silence\""))).contains("<span>by " + actor + "</span>",
        "The SOC Chair&#39;s choice: Back to the SWG, by " + actor);
    assertThat(shown(reader.get("/desk/meetings/" + meeting)))
        .containsPattern("opened early, on [^<]*, by " + Pattern.quote(actor + "."))
        .containsPattern("Closed [^<]* by " + Pattern.quote(actor + "."));
    ResponseEntity<byte[]> summary = rest.withBasicAuth("cn.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/meetings/" + meeting + "/summary.pdf", byte[].class);
    try (PDDocument pdf = Loader.loadPDF(summary.getBody())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .containsPattern("Session opened early .{10,60}? UTC by " + Pattern.quote(actor))
          .containsPattern("Closed .{10,60}? UTC by " + Pattern.quote(actor));
    }
  }

  @Test
  void shouldGiveTheActingSwgChairCamundasOwnRightsOnTheChairsTaskFromTheDesignationsStartToItsEndOnly() {
    // given a paper whose round ended in consensus, waiting for the SWG Chair, and a designation for tomorrow
    Instant t0 = clock.freeze();
    long id = procedure.conceptPaperInRound("Acting chair: the SWG Chair's task", "CICA/SWG/IT/ACT-TASK-");
    procedure.everyStateAnswers(id, Map.of());
    String task = chairsTask(id, "Task_ConfirmConsensus");
    long designation = ok(api.post("swg.chair", "/api/acting-chairs", designation("SWG_CHAIR", ACTING_SWG,
        t0.plus(Duration.ofDays(1)), t0.plus(Duration.ofDays(2)), null))).get("id").asLong();

    // when the clock comes to its period, they claim the task in Camunda and keep it, and the clock passes its end
    actingChairs.bringUpToDate();
    boolean memberBefore = member(ACTING_SWG, "swg-chair");
    CamundaSays before = camunda(ACTING_SWG, task);
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    actingChairs.bringUpToDate();
    boolean memberDuring = member(ACTING_SWG, "swg-chair");
    CamundaSays during = camunda(ACTING_SWG, task);
    asUser(ACTING_SWG, () -> taskService.claim(task, ACTING_SWG));
    clock.advance(Duration.ofDays(1));
    actingChairs.bringUpToDate();

    // then Camunda showed them the Chair's task and let them claim it while it lasted, as it lets the Chair
    assertThat(camunda("swg.chair", task)).isEqualTo(CamundaSays.EVERYTHING);
    assertThat(memberBefore).isFalse();
    assertThat(before).isEqualTo(CamundaSays.NOTHING);
    assertThat(memberDuring).isTrue();
    assertThat(during).isEqualTo(CamundaSays.EVERYTHING);
    // and, once it lapsed, neither the group nor the grants Camunda gave them as the task's assignee: the task
    // they claimed and kept is back with the Chair's group
    assertThat(member(ACTING_SWG, "swg-chair")).isFalse();
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(camunda(ACTING_SWG, task)).isEqualTo(CamundaSays.NOTHING);
    assertThat(actingChairs.get(designation).lapsedAt()).isNotNull();
  }

  /** What Camunda's own API lets a user do with a task, with the groups its identity service gives them now. */
  record CamundaSays(boolean sees, boolean mayWork, boolean claims) {
    static final CamundaSays EVERYTHING = new CamundaSays(true, true, true);
    static final CamundaSays NOTHING = new CamundaSays(false, false, false);
  }

  /** Asks as Tasklist does: the task in the user's query, their TASK_WORK grant, and a claim (then given back). */
  private CamundaSays camunda(String user, String taskId) {
    boolean mayWork = authorizations.isUserAuthorized(user, groups(user), Permissions.TASK_WORK, Resources.TASK, taskId);
    return asUser(user, () -> {
      boolean sees = taskService.createTaskQuery().taskId(taskId).count() == 1;
      try {
        taskService.claim(taskId, user);
        taskService.claim(taskId, null);
        return new CamundaSays(sees, mayWork, true);
      } catch (AuthorizationException refused) {
        return new CamundaSays(sees, mayWork, false);
      }
    });
  }

  /** Runs the engine call as the user, with the groups Camunda's identity service gives them now. */
  private <T> T asUser(String user, Supplier<T> call) {
    identity.setAuthentication(user, groups(user));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void asUser(String user, Runnable call) {
    asUser(user, () -> {
      call.run();
      return null;
    });
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  /** The id of the task the document's process waits at for a chair. */
  private String chairsTask(long document, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(documents.get(document).processInstanceId())
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  /** A concept paper on which the SWG Chair (in person) confirmed consensus: it waits for the SOC Chair's route. */
  private long recommended(String title) {
    long id = procedure.conceptPaperInRound(title, "CICA/SWG/IT/ACT-SOC-");
    procedure.everyStateAnswers(id, Map.of());
    procedure.confirmConsensus(id);
    return id;
  }

  private BrowserSession signedIn(String user) throws Exception {
    return BrowserSession.signedIn(rest.getRootUri(), user);
  }

  private boolean member() {
    return member(ACTING, "soc-chair");
  }

  private boolean member(String user, String group) {
    return identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0;
  }

  private static Map<String, Object> calendar(String edition) {
    return Map.of("year", 2023, "events", List.of(Map.of("title", edition + " CICA Youth Forum", "start", "2023-05-10",
        "end", "2023-05-11", "format", "VIDEOCONFERENCE")));
  }

  private static Map<String, Object> designation(String body, String user, Instant from, Instant until, String reason) {
    Map<String, Object> request = new HashMap<>(Map.of("body", body, "user", user, "endsAt", until.toString()));
    if (from != null) {
      request.put("startsAt", from.toString());
    }
    if (reason != null) {
      request.put("reason", reason);
    }
    return request;
  }
}
