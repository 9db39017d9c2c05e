package org.accord.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Delegates giving and changing positions, as fast as a few concurrent clients go, through Accord's
 * API. Every attempt is kept (when it began and ended, what came back) and every acknowledged one
 * (2xx) with what Accord said it recorded, so that a test can hold Accord to it after a fault.
 *
 * <p>Each (document, delegation) pair belongs to one client, so its statements are in a known order.
 * The kinds alternate between no objection and an amendment, so the rounds never close by themselves
 * as long as one delegation of each round is left out of the load.
 */
final class PositionLoad implements AutoCloseable {

  /** One request, whatever came of it; status -1 when no answer came at all (timeout, connection reset). */
  record Attempt(long startedNanos, long endedNanos, String method, int status, String contentType,
      String retryAfter, String body) {

    long millis() {
      return TimeUnit.NANOSECONDS.toMillis(endedNanos - startedNanos);
    }

    boolean acknowledged() {
      return status >= 200 && status < 300;
    }
  }

  /** What Accord acknowledged: this statement of this delegation, recorded at this instant in this round. */
  record Acknowledged(long document, String delegation, String user, String kind, long roundId,
      OffsetDateTime at) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final List<String> delegations;
  private final List<Long> documents;
  private final int clients;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
  private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  PositionLoad(String baseUrl, List<Long> documents, List<String> delegations, int clients) {
    this.baseUrl = baseUrl;
    this.documents = documents;
    this.delegations = delegations;
    this.clients = clients;
  }

  void start() {
    running = true;
    for (int client = 0; client < clients; client++) {
      List<Pair> own = new ArrayList<>();
      int index = 0;
      // Delegation by delegation across the documents, so that every document gets its share early.
      for (String delegation : delegations) {
        for (long document : documents) {
          if (index++ % clients == client) {
            own.add(new Pair(document, delegation));
          }
        }
      }
      Thread thread = new Thread(() -> work(own), "position-load-" + client);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Stops the clients and waits for their last requests to end. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(40));
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  List<Attempt> attempts(Predicate<Attempt> which) {
    return attempts.stream().filter(which).toList();
  }

  List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  /** When the first attempt began after the given moment that Accord acknowledged, if any. */
  long firstAcknowledgedEndAfter(long nanos) {
    return attempts.stream().filter(a -> a.startedNanos() >= nanos && a.acknowledged())
        .mapToLong(Attempt::endedNanos).min().orElse(Long.MAX_VALUE);
  }

  private static final class Pair {
    final long document;
    final String delegation;
    boolean given;
    int statements;

    Pair(long document, String delegation) {
      this.document = document;
      this.delegation = delegation;
    }
  }

  private void work(List<Pair> pairs) {
    int next = 0;
    while (running) {
      Pair pair = pairs.get(next++ % pairs.size());
      boolean amendment = pair.statements % 2 == 1;
      String user = pair.delegation.toLowerCase() + ".delegate1";
      Map<String, Object> body = amendment
          ? Map.of("delegation", pair.delegation, "kind", "AMENDMENT", "text", "Amendment " + pair.statements)
          : Map.of("delegation", pair.delegation, "kind", "NO_OBJECTION");
      String path = "/api/documents/" + pair.document + "/positions";
      Attempt attempt = pair.given ? send("PUT", path + "/" + pair.delegation, user, body) : send("POST", path, user, body);
      attempts.add(attempt);
      if (attempt.acknowledged()) {
        JsonNode position = read(attempt.body());
        JsonNode at = position.hasNonNull("changedAt") ? position.get("changedAt") : position.get("givenAt");
        acknowledged.add(new Acknowledged(pair.document, pair.delegation, user, position.get("kind").asText(),
            position.get("roundId").asLong(), OffsetDateTime.parse(at.asText())));
        pair.given = true;
        pair.statements++;
      } else if (attempt.status() == 409 && !pair.given) {
        // Given by an attempt whose answer was lost in the fault: change it from now on.
        pair.given = true;
      } else if (attempt.status() >= 400 && attempt.status() < 500 && pair.given) {
        pair.given = false;
      }
      pause(attempt.acknowledged() ? 20 : 200);
    }
  }

  private Attempt send(String method, String path, String user, Map<String, Object> body) {
    long started = System.nanoTime();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(Duration.ofSeconds(30))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json, application/problem+json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Attempt(started, System.nanoTime(), method, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(started, System.nanoTime(), method, -1, "", null, e.toString());
    } catch (Exception e) {
      return new Attempt(started, System.nanoTime(), method, -1, "", null, e.toString());
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The acknowledged statements the database does not hold: each must be a row of the round's record
   * (position_change) with its delegation, kind, author and instant (to the millisecond).
   */
  static List<Acknowledged> missingIn(TestPostgres.Database database, List<Acknowledged> acknowledged)
      throws SQLException {
    List<Acknowledged> missing = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
        PreparedStatement query = connection.prepareStatement("select count(*) from position_change"
            + " where round_id = ? and delegation_code = ? and kind = ? and changed_by = ?"
            + " and abs(extract(epoch from changed_at - ?)) < 0.001")) {
      for (Acknowledged statement : acknowledged) {
        query.setLong(1, statement.roundId());
        query.setString(2, statement.delegation());
        query.setString(3, statement.kind());
        query.setString(4, statement.user());
        query.setObject(5, statement.at());
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          if (rows.getLong(1) != 1) {
            missing.add(statement);
          }
        }
      }
    }
    return missing;
  }
}
