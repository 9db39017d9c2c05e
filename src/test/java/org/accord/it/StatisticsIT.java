package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.accord.it.Procedure.Say;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each statistics endpoint on PostgreSQL, against a forum built with known facts in a year of its own
 * (nobody else's documents are counted in it): four concept papers carried through the API on a frozen
 * engine clock, each step at a known hour. A adopted at a meeting after two rounds (120 hours), B adopted
 * by silence (101 hours), C left in its first round past the deadline, D's silence broken.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT extends ProcedureJourney {

  private static final String SYMBOLS = "CICA/IT/STATS/";
  /** Answer the first round of A within three hours, with Kazakhstan; the others take a day more. */
  private static final Set<String> QUICK = Set.of("KZ", "AF", "AZ");

  @Autowired ProcessEngine engine;

  private final int year = OffsetDateTime.now(ZoneOffset.UTC).getYear() + 53;
  private final Map<String, Integer> roundsWaitingBefore = new HashMap<>();
  /** The figures of every year, and the open rounds now and at the end, before this forum's year was built. */
  private JsonNode decisionsBefore;
  private JsonNode silenceBefore;
  private JsonNode openBefore;
  private JsonNode openAtTheEndBefore;
  private Instant end;
  private long paperA;
  private long paperB;
  private long paperC;
  private long paperD;

  @BeforeAll
  void buildTheForumOfTheYear() {
    startTheJourney();
    openBefore = figure("open-rounds", null);
    openBefore.get("waitingFor")
        .forEach(waiting -> roundsWaitingBefore.put(waiting.get("delegation").asText(), waiting.get("rounds").asInt()));
    decisionsBefore = figure("decisions", null);
    silenceBefore = figure("silence-procedures", null);
    clock.freezeAt(Instant.parse(year + "-02-16T04:00:00Z"));
    openAtTheEndBefore = figure("open-rounds", null);
    Instant t0 = clock.freezeAt(Instant.parse(year + "-02-01T04:00:00Z"));

    // t0: four papers with their first draft; t0+2h: registered, their first rounds open
    paperA = draft("A");
    paperB = draft("B");
    paperC = draft("C");
    paperD = draft("D");
    clock.advance(Duration.ofHours(2));
    for (long paper : List.of(paperA, paperB, paperC, paperD)) {
      procedure.register(paper, SYMBOLS + paper);
    }

    // t0+5h: Kazakhstan amends A, with Afghanistan and Azerbaijan agreeing; everyone agrees to B and D; only Kazakhstan answers on C
    clock.advance(Duration.ofHours(3));
    for (String state : QUICK) {
      Say say = state.equals("KZ") ? Say.amendment("In paragraph 1, add \"and their youth\".") : Say.noObjection();
      ok(api.givePosition(Procedure.delegate(state), paperA, state, say.kind(), say.text()));
    }
    procedure.everyStateAnswers(paperB, Map.of());
    ok(api.givePosition("kz.delegate1", paperC, "KZ", "NO_OBJECTION", null));
    procedure.everyStateAnswers(paperD, Map.of());

    // t0+29h: the rest agree to A, which goes to revision; B and D are recommended and circulated under silence
    clock.advance(Duration.ofHours(24));
    procedure.everyStateAnswersExcept(paperA, QUICK, Map.of());
    circulate(paperB, t0.plus(Duration.ofHours(101)));
    circulate(paperD, t0.plus(Duration.ofHours(29)).plus(Duration.ofDays(7)));

    // t0+50h: Kazakhstan's revision opens A's second round; t0+55h: everyone agrees; Kazakhstan breaks silence on D
    clock.advance(Duration.ofHours(21));
    procedure.submit("kz.delegate1", paperA, Map.of("text", "1. The member states and their youth cooperate."));
    clock.advance(Duration.ofHours(5));
    procedure.everyStateAnswers(paperA, Map.of());
    ok(api.post("kz.delegate1", "/api/documents/" + paperD + "/silence-breaks",
        Map.of("delegation", "KZ", "kind", "OBJECTION", "text", "Kazakhstan objects to paragraph 1.")));

    // t0+72h: A is recommended and goes to a meeting; t0+101h: B's silence expires unbroken
    clock.advance(Duration.ofHours(17));
    procedure.confirmConsensus(paperA);
    procedure.route(paperA, "MEETING");
    clock.advance(Duration.ofHours(29));
    assertThat(clock.fireDueTimers(paperB)).as("the expiry of B's silence").isEqualTo(1);

    // t0+120h: the SOC approves A; t0+15 days: C's deadline (t0+2h+14 days) has passed, its timers unfired
    clock.advance(Duration.ofHours(19));
    long meeting = procedure.convene("Statistics " + year + ": SOC meeting", clock.now().atOffset(ZoneOffset.UTC),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paperA);
    ok(procedure.decide("soc.chair", meeting, paperA, "APPROVED"));
    clock.advance(Duration.ofHours(240));
    end = clock.now();
    assertThat(end).as("the instant the open rounds were first counted at").isEqualTo(t0.plus(Duration.ofDays(15)));
    assertThat(List.of(procedure.status(paperA), procedure.status(paperB), procedure.status(paperC),
        procedure.status(paperD))).containsExactly("ADOPTED", "ADOPTED", "IN_NEGOTIATION", "UNDER_SILENCE");
  }

  @Test
  void shouldCountTheDocumentsOfTheYearByStageAndType() {
    JsonNode figures = figure("documents-by-stage", year);

    assertThat(figures.get("total").asInt()).isEqualTo(4);
    assertThat(stageCounts(figures)).containsExactly(Map.entry("IN_NEGOTIATION", 1), Map.entry("UNDER_SILENCE", 1),
        Map.entry("ADOPTED", 2));
    assertThat(stage(figures, "ADOPTED").get("byType").get("CONCEPT_PAPER").asInt()).isEqualTo(2);
    assertThat(stage(figures, "ADOPTED").get("byType").get("BUDGET").asInt()).isZero();
  }

  @Test
  void shouldGiveTheCycleFromCreationToAdoption() {
    JsonNode paper = figure("cycle-time", year).get("types").get(0);

    assertThat(paper.get("type").asText()).isEqualTo("CONCEPT_PAPER");
    assertThat(paper.get("adopted").asInt()).isEqualTo(2);
    assertThat(paper.get("medianHours").asDouble()).isEqualTo(110.5);
    assertThat(paper.get("p90Hours").asDouble()).isEqualTo(118.1);
    assertThat(figure("cycle-time", year).get("types").get(3).get("adopted").asInt()).as("budgets").isZero();
  }

  @Test
  void shouldGiveTheTimeTheAdoptedPapersSpentInEachStage() {
    List<String> stays = new ArrayList<>();
    figure("stage-time", year).get("stages").forEach(stay -> stays.add(stay.get("type").asText() + " "
        + stay.get("stage").asText() + " " + stay.get("documents").asInt() + " " + stay.get("medianHours").asDouble()
        + " " + stay.get("p90Hours").asDouble()));

    assertThat(stays).containsExactly(
        "CONCEPT_PAPER AWAITING_DRAFT 2 0.0 0.0",
        "CONCEPT_PAPER AWAITING_REGISTRATION 2 2.0 2.0",
        "CONCEPT_PAPER IN_NEGOTIATION 2 17.5 29.1",
        "CONCEPT_PAPER IN_REVISION 1 21.0 21.0",
        "CONCEPT_PAPER AWAITING_CONSENSUS 2 20.5 23.3",
        "CONCEPT_PAPER RECOMMENDED 2 0.0 0.0",
        "CONCEPT_PAPER AWAITING_SOC_MEETING 1 48.0 48.0",
        "CONCEPT_PAPER UNDER_SILENCE 1 72.0 72.0");
  }

  @Test
  void shouldCountTheRoundsOfEachAdoptedPaper() {
    JsonNode figures = figure("rounds-per-document", year);

    assertThat(figures.get("adopted").asInt()).isEqualTo(2);
    assertThat(figures.get("rounds").findValuesAsText("rounds")).containsExactly("1", "2");
    assertThat(figures.get("rounds").findValuesAsText("total")).containsExactly("1", "1");
  }

  @Test
  void shouldListTheOverdueRoundWithTheMemberStatesItWaitsFor() {
    clock.freezeAt(end);
    JsonNode figures = ok(api.get("admin", "/api/admin/statistics/open-rounds?limit=1000"));

    JsonNode roundOfC = StreamSupport.stream(figures.get("rounds").spliterator(), false)
        .filter(round -> round.get("documentId").asLong() == paperC).findFirst().orElseThrow();
    assertThat(roundOfC.get("symbol").asText()).isEqualTo(SYMBOLS + paperC);
    assertThat(roundOfC.get("round").asInt()).isEqualTo(1);
    assertThat(roundOfC.get("overdue").asBoolean()).isTrue();
    assertThat(roundOfC.get("answered").asInt()).isEqualTo(1);
    List<String> silent = new ArrayList<>();
    roundOfC.get("silent").forEach(code -> silent.add(code.asText()));
    assertThat(silent).hasSize(27).doesNotContain("KZ").contains("AF", "VN");
    // C is the only round of this test still open: it waits for every member state but Kazakhstan
    Map<String, Integer> added = new HashMap<>();
    figures.get("waitingFor").forEach(waiting -> added.put(waiting.get("delegation").asText(),
        waiting.get("rounds").asInt() - roundsWaitingBefore.getOrDefault(waiting.get("delegation").asText(), 0)));
    for (String state : Procedure.MEMBER_STATES) {
      assertThat(added.getOrDefault(state, 0)).as(state).isEqualTo(state.equals("KZ") ? 0 : 1);
    }
  }

  @Test
  void shouldCountTheOpenRoundsAndThoseOverdueOnlyOnceTheDeadlineHasPassed() {
    // today, C's round is one more open round, its deadline decades ahead
    EngineClock.reset();
    JsonNode now = figure("open-rounds", null);
    assertThat(now.get("open").asInt()).isEqualTo(openBefore.get("open").asInt() + 1);
    assertThat(now.get("overdue").asInt()).isEqualTo(openBefore.get("overdue").asInt());

    // at the end of the forum's year, past C's deadline, it is one more overdue round too
    clock.freezeAt(end);
    JsonNode atTheEnd = figure("open-rounds", null);
    assertThat(atTheEnd.get("open").asInt()).isEqualTo(openAtTheEndBefore.get("open").asInt() + 1);
    assertThat(atTheEnd.get("overdue").asInt()).isEqualTo(openAtTheEndBefore.get("overdue").asInt() + 1);
  }

  @Test
  void shouldRankTheMemberStatesByTheirMedianTimeToAFirstPosition() {
    JsonNode delegations = figure("response-time", year).get("delegations");

    assertThat(delegations).hasSize(28);
    assertThat(response(delegations.get(0))).isEqualTo("1 AF 4 3.0");
    assertThat(response(delegations.get(1))).isEqualTo("1 AZ 4 3.0");
    assertThat(response(delegations.get(2))).isEqualTo("1 KZ 5 3.0");
    assertThat(response(delegations.get(3))).isEqualTo("4 AE 4 4.0");
    assertThat(response(delegations.get(27))).isEqualTo("4 VN 4 4.0");
  }

  @Test
  void shouldCountTheDecisionsOfEachMonthByOutcome() {
    JsonNode figures = figure("decisions", year);

    assertThat(figures.get("total").asInt()).isEqualTo(2);
    assertThat(figures.get("totals").get("APPROVED").asInt()).isEqualTo(2);
    assertThat(figures.get("periods")).hasSize(12);
    JsonNode february = figures.get("periods").get(1);
    assertThat(february.get("period").asText()).isEqualTo(year + "-02");
    assertThat(february.get("byOutcome").get("APPROVED").asInt()).isEqualTo(2);
    assertThat(february.get("byOutcome").get("RETURNED_TO_SWG").asInt()).isZero();
    assertThat(figures.get("periods").get(2).get("total").asInt()).isZero();
  }

  @Test
  void shouldCountTheDecisionsOfEachYearByOutcome() {
    JsonNode figures = figure("decisions", null);

    // the two decisions of the forum's year, counted in a year of their own
    assertThat(figures.hasNonNull("year")).as("a year").isFalse();
    assertThat(figures.get("total").asLong()).isEqualTo(decisionsBefore.get("total").asLong() + 2);
    assertThat(figures.get("totals").get("APPROVED").asLong())
        .isEqualTo(decisionsBefore.get("totals").get("APPROVED").asLong() + 2);
    JsonNode periods = figures.get("periods");
    JsonNode last = periods.get(periods.size() - 1);
    assertThat(last.get("period").asText()).isEqualTo(String.valueOf(year));
    assertThat(last.get("total").asInt()).isEqualTo(2);
    assertThat(last.get("byOutcome").get("APPROVED").asInt()).isEqualTo(2);
    assertThat(last.get("byOutcome").get("RETURNED_TO_SWG").asInt()).isZero();
    // every year from the first decision's, each as it was before, the years up to the forum's with none
    Map<String, JsonNode> was = new HashMap<>();
    decisionsBefore.get("periods").forEach(period -> was.put(period.get("period").asText(), period));
    int first = was.isEmpty() ? year : decisionsBefore.get("periods").get(0).get("period").asInt();
    assertThat(periods).hasSize(year - first + 1);
    for (JsonNode period : periods) {
      String name = period.get("period").asText();
      if (was.containsKey(name)) {
        assertThat(period).as(name).isEqualTo(was.get(name));
      } else if (!name.equals(String.valueOf(year))) {
        assertThat(period.get("total").asInt()).as(name).isZero();
      }
    }
  }

  @Test
  void shouldCountTheSilenceProceduresAdoptedAgainstBroken() {
    JsonNode figures = figure("silence-procedures", year);

    assertThat(figures.get("total").asInt()).isEqualTo(2);
    assertThat(figures.get("byStatus").get("ADOPTED").asInt()).isEqualTo(1);
    assertThat(figures.get("byStatus").get("BROKEN").asInt()).isEqualTo(1);
    assertThat(figures.get("byStatus").get("RUNNING").asInt()).isZero();
  }

  @Test
  void shouldCountTheSilenceProceduresOfEveryYear() {
    JsonNode figures = figure("silence-procedures", null);

    assertThat(figures.hasNonNull("year")).as("a year").isFalse();
    assertThat(figures.get("total").asLong()).isEqualTo(silenceBefore.get("total").asLong() + 2);
    Map<String, Long> added = new LinkedHashMap<>();
    figures.get("byStatus").fields().forEachRemaining(status -> added.put(status.getKey(),
        status.getValue().asLong() - silenceBefore.get("byStatus").get(status.getKey()).asLong()));
    assertThat(added).containsExactly(Map.entry("RUNNING", 0L), Map.entry("ADOPTED", 1L), Map.entry("BROKEN", 1L),
        Map.entry("WITHDRAWN", 0L));
  }

  @Test
  void shouldCountTheDocumentsCreatedAndAdoptedEachMonth() {
    JsonNode months = figure("throughput", year).get("months");

    assertThat(months).hasSize(12);
    assertThat(months.get(1).get("month").asText()).isEqualTo(year + "-02");
    assertThat(months.get(1).get("created").asInt()).isEqualTo(4);
    assertThat(months.get(1).get("adopted").asInt()).isEqualTo(2);
    assertThat(months.get(0).get("created").asInt()).isZero();
  }

  @Test
  void shouldShowAFailedJobAsAnIncidentAndAFailingOneWithTheirDocumentAndCockpit() {
    // given C's round at the end of the forum's year, its reminder and its deadline due
    clock.freezeAt(end);
    JsonNode jobsBefore = ok(api.get("admin", "/api/admin/statistics/health")).get("jobs");
    // and its reminder has exhausted its retries, its deadline failed once and will be retried
    String round = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(SYMBOLS + paperC)
        .processDefinitionKey("negotiation-round").singleResult().getId();
    List<Job> timers = managementService.createJobQuery().processInstanceId(round).timers().orderByJobDuedate().asc()
        .list();
    Job reminder = timers.get(0);
    Job deadline = timers.get(1);
    managementService.setJobRetries(reminder.getId(), 0);
    failedOnce(deadline.getId(), "The SMTP server refused the reminder.");
    try {
      // when an administrator asks for the engine's health
      JsonNode health = ok(api.get("admin", "/api/admin/statistics/health"));

      // then the incident is listed once, with C and its process instance in Cockpit, and the failing job too
      List<JsonNode> incidents = ofPaperC(health.get("incidents"));
      assertThat(incidents).hasSize(1);
      assertFailure(incidents.get(0), "failedJob", round);
      List<JsonNode> failing = ofPaperC(health.get("failingJobs"));
      assertThat(failing).hasSize(1);
      assertFailure(failing.get(0), "failingJob", round);
      assertThat(failing.get(0).get("retries").asInt()).isEqualTo(deadline.getRetries());
      assertThat(failing.get(0).get("message").asText()).isEqualTo("The SMTP server refused the reminder.");
      // and the counts go up by exactly these: one incident (not its copy in C's approval process, which
      // called the round), one failing job; the reminder is no longer due, it waits for an operator
      JsonNode jobs = health.get("jobs");
      assertThat(runtimeService.createIncidentQuery().rootCauseIncidentId(incidents.get(0).get("id").asText()).count())
          .as("the incident and its copy").isEqualTo(2);
      assertThat(jobs.get("incidents").asLong()).isEqualTo(jobsBefore.get("incidents").asLong() + 1);
      assertThat(jobs.get("failing").asLong()).isEqualTo(jobsBefore.get("failing").asLong() + 1);
      assertThat(jobs.get("due").asLong()).isEqualTo(jobsBefore.get("due").asLong() - 1);
      assertThat(health.get("outbox").get("failed").asLong())
          .isEqualTo(ok(api.get("admin", "/api/admin/outbox?status=FAILED")).get("total").asLong());
    } finally {
      managementService.setJobRetries(reminder.getId(), reminder.getRetries());
      failedOnce(deadline.getId(), null);
    }
    JsonNode healthAfter = ok(api.get("admin", "/api/admin/statistics/health"));
    assertThat(ofPaperC(healthAfter.get("incidents"))).isEmpty();
    assertThat(healthAfter.get("jobs")).isEqualTo(jobsBefore);
  }

  @Test
  void shouldRefuseTheChairsAndABadYearWithProblems() {
    ResponseEntity<JsonNode> chair = api.get("swg.chair", "/api/admin/statistics/decisions");
    assertThat(chair.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(chair.getBody().get("detail").asText())
        .isEqualTo("Only the administrators and the Secretariat read the dashboard and its figures.");
    assertThat(api.get("secretariat.officer", "/api/admin/statistics/health").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> badYear = api.get("secretariat.officer", "/api/admin/statistics/throughput?year=20x1");
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody().get("detail").asText()).isEqualTo("The year is four digits, such as 2022; not \"20x1\".");
    assertThat(ok(api.get("secretariat.officer", "/api/admin/statistics/throughput?year=" + year)).get("months"))
        .hasSize(12);
  }

  @Test
  void shouldDescribeEveryFigureInTheOpenApiDescription() {
    JsonNode paths = ok(api.get("secretariat.officer", "/v3/api-docs")).get("paths");

    for (String figure : List.of("documents-by-stage", "cycle-time", "stage-time", "rounds-per-document", "open-rounds",
        "response-time", "decisions", "silence-procedures", "throughput", "health")) {
      JsonNode get = paths.get("/api/admin/statistics/" + figure).get("get");
      assertThat(get.get("tags").get(0).asText()).as(figure).isEqualTo("Statistics");
      assertThat(get.get("summary").asText()).as(figure).isNotBlank();
      assertThat(get.get("responses").has("400")).as(figure).isTrue();
    }
    JsonNode year = paths.get("/api/admin/statistics/decisions").get("get").get("parameters").get(0);
    assertThat(year.get("name").asText()).isEqualTo("year");
    assertThat(year.get("description").asText()).startsWith("A year, such as 2022");
  }

  private long draft(String letter) {
    return procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Statistics " + year + ": paper " + letter,
        Map.of("text", "1. The member states cooperate."));
  }

  /** The SWG Chair confirms the consensus, the SOC Chair sends the paper under silence until the expiry. */
  private void circulate(long paper, Instant expiry) {
    procedure.confirmConsensus(paper);
    procedure.route(paper, "SILENCE");
    ok(api.post("soc.chair", "/api/documents/" + paper + "/silence-procedure",
        Map.of("expiresAt", expiry.atOffset(ZoneOffset.UTC).toString())));
  }

  /** What the job executor leaves when a job's run failed: its exception message (null: cleared). */
  private void failedOnce(String jobId, String message) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          JobEntity job = context.getJobManager().findJobById(jobId);
          job.setExceptionMessage(message);
          return null;
        });
  }

  private JsonNode figure(String name, Integer ofYear) {
    return ok(api.get("admin", "/api/admin/statistics/" + name + (ofYear == null ? "" : "?year=" + ofYear)));
  }

  private List<JsonNode> ofPaperC(JsonNode failures) {
    return StreamSupport.stream(failures.spliterator(), false)
        .filter(failure -> failure.has("document") && failure.get("document").get("id").asLong() == paperC).toList();
  }

  private void assertFailure(JsonNode failure, String type, String round) {
    assertThat(failure.get("type").asText()).isEqualTo(type);
    assertThat(failure.get("process").asText()).isEqualTo("negotiation-round");
    assertThat(failure.get("processInstanceId").asText()).isEqualTo(round);
    assertThat(failure.get("document").get("symbol").asText()).isEqualTo(SYMBOLS + paperC);
    assertThat(failure.get("document").get("title").asText()).isEqualTo("Statistics " + year + ": paper C");
    assertThat(failure.get("cockpit").asText()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + round + "/runtime");
  }

  private static Map<String, Integer> stageCounts(JsonNode figures) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    figures.get("stages").forEach(stage -> {
      if (stage.get("total").asInt() > 0) {
        counts.put(stage.get("stage").asText(), stage.get("total").asInt());
      }
    });
    return counts;
  }

  private static JsonNode stage(JsonNode figures, String name) {
    return StreamSupport.stream(figures.get("stages").spliterator(), false)
        .filter(stage -> stage.get("stage").asText().equals(name)).findFirst().orElseThrow();
  }

  private static String response(JsonNode delegation) {
    return delegation.get("rank").asInt() + " " + delegation.get("delegation").asText() + " "
        + delegation.get("answers").asInt() + " " + delegation.get("medianHours").asDouble();
  }
}
