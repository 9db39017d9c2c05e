package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client that retries a write after a timeout sends the same {@code Idempotency-Key}: creating a
 * document, giving a position and recording a decision are recorded once, however often and however
 * concurrently the request comes, and every retry gets the first answer.
 */
@AccordIntegrationTest
class IdempotencyIT extends ProcedureJourney {

  @Autowired JdbcClient jdbc;

  @Test
  void aRetriedCreationRecordsOneDocumentAndAnswersAsTheFirstTime() {
    // given a coordinator's new document and a key
    String title = "Idempotency: retried creation " + System.nanoTime();
    Map<String, Object> paper = Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "KZ", "text", "Draft");
    String key = UUID.randomUUID().toString();

    // when the request is sent, and sent again as after a timeout
    ResponseEntity<JsonNode> first = api.post("kz.delegate1", "/api/documents", paper, key);
    ResponseEntity<JsonNode> retry = api.post("kz.delegate1", "/api/documents", paper, key);

    // then one document exists, and the retry got the same answer, marked as replayed
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(documentsTitled(title)).isEqualTo(1);
  }

  @Test
  void twinRequestsSentTogetherRecordOnce() throws Exception {
    // given eight copies of one creation, with one key, released at the same moment
    String title = "Idempotency: twins " + System.nanoTime();
    Map<String, Object> paper = Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "KZ", "text", "Draft");
    String key = UUID.randomUUID().toString();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Callable<ResponseEntity<JsonNode>> twin = () -> {
          start.await();
          return api.post("kz.delegate1", "/api/documents", paper, key);
        };
        answers.add(clients.submit(twin));
      }
      start.countDown();

      // then one document is recorded, and every twin got its answer: the same document
      List<Long> ids = new ArrayList<>();
      for (Future<ResponseEntity<JsonNode>> answer : answers) {
        ResponseEntity<JsonNode> response = answer.get();
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        ids.add(response.getBody().get("id").asLong());
      }
      assertThat(ids).containsOnly(ids.get(0));
      assertThat(documentsTitled(title)).isEqualTo(1);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aRetriedPositionIsGivenOnceAndTheRetryIsNotRefused() {
    // given a paper in its first round
    long paper = procedure.conceptPaperInRound("Idempotency: position " + System.nanoTime(), "CICA/IT/IDEM-P-");
    String path = "/api/documents/" + paper + "/positions";
    Map<String, Object> position = Map.of("delegation", "CN", "kind", "RESERVATION", "text", "China reserves paragraph 2.");
    String key = UUID.randomUUID().toString();

    // when China's delegate gives the position and retries it
    ResponseEntity<JsonNode> first = api.post("cn.delegate1", path, position, key);
    ResponseEntity<JsonNode> retry = api.post("cn.delegate1", path, position, key);
    // and, without a key, sends it once more
    ResponseEntity<JsonNode> unkeyed = api.post("cn.delegate1", path, position);

    // then the retry is answered as the first time, and only a request without the key is told it was given
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(unkeyed.getStatusCode().is4xxClientError()).isTrue();
    assertThat(jdbc.sql("""
            select count(*) from delegation_position p join negotiation_round r on r.id = p.round_id
            where r.document_id = ? and p.delegation_code = 'CN'""")
        .param(paper).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aRetriedDecisionIsRecordedOnce() {
    // given a paper on the agenda of a meeting in session
    long paper = procedure.documentAwaitingMeeting("Idempotency: decision " + System.nanoTime());
    long meeting = procedure.convene("Idempotency meeting", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    Map<String, Object> decision = Map.of("documentId", paper, "outcome", "APPROVED", "password", Api.DEMO_PASSWORD);
    String key = UUID.randomUUID().toString();

    // when the SOC Chair's decision is sent twice with one key
    ResponseEntity<JsonNode> first = api.post("soc.chair", "/api/meetings/" + meeting + "/decisions", decision, key);
    ResponseEntity<JsonNode> retry = api.post("soc.chair", "/api/meetings/" + meeting + "/decisions", decision, key);

    // then one decision is recorded, under one number, and both answers name it
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getBody().get(0).get("number")).isEqualTo(first.getBody().get(0).get("number"));
    assertThat(jdbc.sql("select count(*) from decision where document_id = ?").param(paper).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aKeyServesOneRequestOneUserAndOnlyWhatWasRecorded() {
    String title = "Idempotency: one key, one request " + System.nanoTime();
    Map<String, Object> paper = Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "KZ", "text", "Draft");
    String key = UUID.randomUUID().toString();

    // when a request is refused (an unknown coordinator), then sent right with the same key
    ResponseEntity<JsonNode> refused = api.post("kz.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "ZZ"), key);
    ResponseEntity<JsonNode> right = api.post("kz.delegate1", "/api/documents", paper, key);
    // and the key is used again for another request, by the same user and by another
    ResponseEntity<JsonNode> another = api.post("kz.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", title + " (another)", "coordinator", "KZ"), key);
    ResponseEntity<JsonNode> otherUser = api.post("ru.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", title + " (Russia)", "coordinator", "RU"), key);
    // and keys that cannot be keys
    ResponseEntity<JsonNode> blank = api.post("kz.delegate1", "/api/documents", paper, " ");
    ResponseEntity<JsonNode> tooLong = api.post("kz.delegate1", "/api/documents", paper, "k".repeat(256));

    // then the refusal claimed nothing, the right request was recorded once
    assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
    assertThat(right.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(documentsTitled(title)).isEqualTo(1);
    // another request with the key is refused, unrecorded; another user's key is their own
    assertThat(another.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(another.getBody().get("detail").asText()).contains("used for another request");
    assertThat(documentsTitled(title + " (another)")).isZero();
    assertThat(otherUser.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void theApiDescriptionOffersTheKeyOnJsonWritesOnly() {
    JsonNode paths = api.get("admin", "/v3/api-docs").getBody().get("paths");

    assertThat(headers(paths.at("/~1api~1documents/post"))).contains("Idempotency-Key");
    assertThat(headers(paths.at("/~1api~1meetings~1{id}~1decisions/post"))).contains("Idempotency-Key");
    assertThat(headers(paths.at("/~1api~1documents~1{id}~1versions/post"))).as("file uploads take no key")
        .doesNotContain("Idempotency-Key");
  }

  private static List<String> headers(JsonNode operation) {
    List<String> names = new ArrayList<>();
    operation.path("parameters").forEach(parameter -> {
      if ("header".equals(parameter.path("in").asText())) {
        names.add(parameter.path("name").asText());
      }
    });
    return names;
  }

  private long documentsTitled(String title) {
    return jdbc.sql("select count(*) from document where title = ?").param(title).query(Long.class).single();
  }
}
