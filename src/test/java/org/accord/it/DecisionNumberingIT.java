package org.accord.it;

import static org.accord.it.Procedure.instant;
import static org.accord.it.Procedure.ok;
import static org.accord.it.TestMailServer.countsByUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Decisions are numbered SOC/yyyy/n by the year of the engine clock, with no gap and no
 * duplicate, however many are recorded at the same moment — the first of a year included.
 */
@AccordIntegrationTest
class DecisionNumberingIT extends ProcedureJourney {

  private static final String SEC = "secretariat.officer";
  private static final String SYMBOLS = "CICA/IT/NUMBERS/";


  /** Six concept papers and a budget (with its staff matrix) on the agendas of three meetings in session. */
  private record Meetings(int year, List<Long> papers, long budget, long matrix, long first, long second, long third) {

    /** Each item with its meeting: the first meeting decides two papers and the budget, the others two papers each. */
    Map<Long, Long> items() {
      return Map.of(papers.get(0), first, papers.get(1), first, budget, first,
          papers.get(2), second, papers.get(3), second, papers.get(4), third, papers.get(5), third);
    }

    List<String> numbers(int from, int to) {
      return IntStream.rangeClosed(from, to).mapToObj(n -> "SOC/" + year + "/" + n).toList();
    }
  }

  @Test
  void shouldNumberConcurrentDecisionsOfThreeMeetingsWithoutGapOrDuplicate() throws Exception {
    // given three meetings in session in a year nobody decided in yet, and its first decision recorded
    Meetings meetings = threeMeetingsInSession(OffsetDateTime.now(ZoneOffset.UTC).getYear() + 40);
    long firstPaper = meetings.papers().get(0);
    JsonNode firstOfTheYear = ok(procedure.decide("soc.chair", meetings.first(), firstPaper, "APPROVED"));
    assertThat(firstOfTheYear.findValuesAsText("number")).containsExactly("SOC/" + meetings.year() + "/1");

    // when the SOC Chair records the six other items' decisions by parallel requests, all at once
    Map<Long, Long> items = new HashMap<>(meetings.items());
    items.remove(firstPaper);
    List<ResponseEntity<JsonNode>> responses = decideAllAtOnce(items);

    // then every decision is recorded, numbered SOC/<year>/2 to 8 without gap or duplicate
    assertThat(responses).allSatisfy(response ->
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED));
    assertThat(numbers(responses)).containsExactlyInAnyOrderElementsOf(meetings.numbers(2, 8));

    // and the budget and its staff matrix, decided in one act, hold two consecutive numbers
    JsonNode budgetAct = actOn(responses, meetings.budget());
    assertThat(budgetAct.findValuesAsText("documentId"))
        .containsExactly(String.valueOf(meetings.budget()), String.valueOf(meetings.matrix()));
    int budgetNumber = sequence(budgetAct.get(0).get("number").asText());
    assertThat(sequence(budgetAct.get(1).get("number").asText())).isEqualTo(budgetNumber + 1);

    // and the register of that year holds exactly these eight, dated in that year
    JsonNode register = api.get("un.observer", "/api/decisions?year=" + meetings.year() + "&size=50").getBody();
    assertThat(register.get("total").asInt()).isEqualTo(8);
    assertThat(register.get("items").findValuesAsText("number"))
        .containsExactlyInAnyOrderElementsOf(meetings.numbers(1, 8));
    assertThat(StreamSupport.stream(register.get("items").spliterator(), false)
        .map(decision -> instant(decision.get("decidedAt")).atOffset(ZoneOffset.UTC).getYear()))
        .containsOnly(meetings.year());

    // and each item's decision mail names its own number and symbol, once to each member of the forum
    List<JsonNode> acts = new ArrayList<>(responses.stream().map(ResponseEntity::getBody).toList());
    acts.add(firstOfTheYear);
    for (JsonNode act : acts) {
      long document = act.get(0).get("documentId").asLong();
      String symbol = SYMBOLS + document;
      List<TestMailServer.Mail> mails = TestMailServer.about(api, document, symbol);
      String prefix = act.get(0).get("number").asText() + ": " + symbol + " ";
      assertThat(countsByUser(mails, prefix)).hasSize(38).containsEntry("soc.chair", 1L)
          .isEqualTo(countsByUser(mails, "SOC/"));
      assertThat(countsByUser(mails, prefix).values()).containsOnly(1L);
    }

    // and the meetings close with their decisions
    for (long meeting : List.of(meetings.first(), meetings.second(), meetings.third())) {
      procedure.attendance(meeting, "KZ", "CN", "RU");
      assertThat(procedure.close(meeting).get("status").asText()).isEqualTo("CLOSED");
    }
  }

  @Test
  void shouldAcceptEveryFirstDecisionOfAYearRecordedAtTheSameMoment() throws Exception {
    // given three meetings in session in a year nobody decided in yet
    Meetings meetings = threeMeetingsInSession(OffsetDateTime.now(ZoneOffset.UTC).getYear() + 41);

    // when the SOC Chair records the seven items' decisions by parallel requests, the year's first among them
    List<ResponseEntity<JsonNode>> responses = decideAllAtOnce(meetings.items());

    // then every decision is recorded, numbered SOC/<year>/1 to 8 without gap or duplicate
    assertThat(responses).allSatisfy(response ->
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED));
    assertThat(numbers(responses)).containsExactlyInAnyOrderElementsOf(meetings.numbers(1, 8));
    assertThat(api.get("un.observer", "/api/decisions?year=" + meetings.year() + "&size=50").getBody()
        .get("items").findValuesAsText("number")).containsExactlyInAnyOrderElementsOf(meetings.numbers(1, 8));
  }

  /** Moves the engine clock to early January of {@code year}, which must have no decision yet, and prepares the meetings. */
  private Meetings threeMeetingsInSession(int year) {
    clock.freezeAt(Instant.parse(year + "-01-05T08:00:00Z"));
    assertThat(api.get("un.observer", "/api/decisions?year=" + year).getBody().get("total").asInt()).isZero();
    List<Long> papers = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      papers.add(procedure.conceptPaperInRound("Numbering " + year + ": concept paper " + i, SYMBOLS));
    }
    long[] budgetAndMatrix = budgetInRound(year);
    long budget = budgetAndMatrix[0];
    procedure.silentRoundsEndInConsensus(clock, papers.stream().mapToLong(Long::longValue).toArray());
    papers.forEach(paper -> procedure.route(paper, "MEETING"));
    // a budget's round is extended once (21 + 21 days): its silent delegations have no objection after 42 days
    clock.advance(Duration.ofDays(7));
    assertThat(clock.fireDueTimers(budget)).as("reminder, deadline extended").isEqualTo(2);
    clock.advance(Duration.ofDays(21));
    assertThat(clock.fireDueTimers(budget)).as("reminder, deadline").isEqualTo(2);
    procedure.confirmConsensus(budget);
    assertThat(procedure.status(budget)).isEqualTo("AWAITING_SOC_MEETING");
    OffsetDateTime startsAt = clock.now().atOffset(ZoneOffset.UTC);
    long first = procedure.convene("Numbering " + year + ": first SOC meeting", startsAt, "VIDEOCONFERENCE", null);
    long second = procedure.convene("Numbering " + year + ": second SOC meeting", startsAt, "VIDEOCONFERENCE", null);
    long third = procedure.convene("Numbering " + year + ": third SOC meeting", startsAt, "VIDEOCONFERENCE", null);
    procedure.agenda(first, papers.get(0), papers.get(1), budget);
    procedure.agenda(second, papers.get(2), papers.get(3));
    procedure.agenda(third, papers.get(4), papers.get(5));
    return new Meetings(year, papers, budget, budgetAndMatrix[1], first, second, third);
  }

  private List<ResponseEntity<JsonNode>> decideAllAtOnce(Map<Long, Long> meetingOfDocument) throws Exception {
    List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
    meetingOfDocument.forEach((document, meeting) ->
        calls.add(() -> procedure.decide("soc.chair", meeting, document, "APPROVED")));
    return runTogether(calls);
  }

  private static List<String> numbers(List<ResponseEntity<JsonNode>> responses) {
    return responses.stream()
        .flatMap(response -> StreamSupport.stream(response.getBody().spliterator(), false))
        .map(decision -> decision.get("number").asText()).toList();
  }

  private static JsonNode actOn(List<ResponseEntity<JsonNode>> responses, long document) {
    return responses.stream().map(ResponseEntity::getBody)
        .filter(body -> body.get(0).get("documentId").asLong() == document).findFirst().orElseThrow();
  }

  /** A budget with its staff matrix (one post line of 1,200,000 USD), registered: its round is open. */
  private long[] budgetInRound(int year) {
    long budget = procedure.create(SEC, "SEC", "BUDGET", "Numbering " + year + ": budget of the Secretariat", Map.of());
    long matrix = procedure.create(SEC, "SEC", "STAFF_MATRIX", "Numbering " + year + ": staff matrix of the Secretariat",
        Map.of("packageOf", budget, "data", Map.of("year", 2030, "currency", "USD",
            "posts", List.of(Map.of("title", "Counsellor", "grade", "P-5", "number", 10, "annualCost", 120_000)))));
    procedure.submit(SEC, budget, Map.of("data", Map.of("year", 2030, "lines", List.of(
        Map.of("category", "STAFF", "amount", 1_200_000, "currency", "USD"),
        Map.of("category", "PREMISES", "amount", 240_000, "currency", "USD")))));
    procedure.register(budget, SYMBOLS + budget);
    return new long[] {budget, matrix};
  }

  private static int sequence(String number) {
    return Integer.parseInt(number.substring(number.lastIndexOf('/') + 1));
  }

  /** Runs the calls on threads of their own, released at the same instant. */
  private static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
