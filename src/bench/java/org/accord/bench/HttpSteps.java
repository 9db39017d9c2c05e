package org.accord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cycle's steps through Accord's HTTP API, each as the demo user who takes it (HTTP Basic, the demo password).
 * Given several nodes, the requests go to them in turn, as a round-robin load balancer sends them.
 */
final class HttpSteps implements Steps {

  static final String DEMO_PASSWORD = "accord";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> AUTHORIZATION = new ConcurrentHashMap<>();

  private final HttpClient client;
  private final List<String> nodes;
  private final AtomicInteger requests = new AtomicInteger();

  HttpSteps(HttpClient client, String base) {
    this(client, List.of(base));
  }

  HttpSteps(HttpClient client, List<String> nodes) {
    this.client = client;
    this.nodes = List.copyOf(nodes);
  }

  private String base() {
    return nodes.get(Math.floorMod(requests.getAndIncrement(), nodes.size()));
  }

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public long create(String title, String text) {
    return send("kz.delegate1", "POST", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "KZ", "text", text)).get("id").asLong();
  }

  @Override
  public void register(long document, String symbol) {
    send("secretariat.officer", "POST", "/api/documents/" + document + "/registration", Map.of("symbol", symbol));
  }

  @Override
  public void give(long document, String delegation, String kind, String text) {
    var body = new HashMap<String, Object>(Map.of("delegation", delegation, "kind", kind));
    if (text != null) {
      body.put("text", text);
    }
    send(delegation.toLowerCase(Locale.ROOT) + ".delegate1", "POST", "/api/documents/" + document + "/positions", body);
  }

  @Override
  public void revise(long document, String text) {
    send("kz.delegate1", "POST", "/api/documents/" + document + "/versions",
        Map.of("text", text, "note", "The amendment is taken."));
  }

  @Override
  public void confirmConsensus(long document) {
    send("swg.chair", "POST", "/api/documents/" + document + "/consensus", Map.of("note", "Consensus at the SWG"));
  }

  @Override
  public void routeToMeeting(long document) {
    send("soc.chair", "POST", "/api/documents/" + document + "/soc-route", Map.of("route", "MEETING"));
  }

  @Override
  public long convene(String title) {
    String startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();
    return send("secretariat.officer", "POST", "/api/meetings",
        Map.of("title", title, "startsAt", startsAt, "format", "VIDEOCONFERENCE")).get("id").asLong();
  }

  @Override
  public void setAgenda(long meeting, long document) {
    send("secretariat.officer", "PUT", "/api/meetings/" + meeting + "/agenda", Map.of("documentIds", List.of(document)));
  }

  @Override
  public boolean confirmAgenda(long meeting) {
    return "AGENDA_CONFIRMED".equals(send("secretariat.officer", "POST",
        "/api/meetings/" + meeting + "/agenda/confirmation", Map.of()).get("status").asText());
  }

  @Override
  public void openSession(long meeting) {
    send("soc.chair", "POST", "/api/meetings/" + meeting + "/session", Map.of());
  }

  @Override
  public void approve(long meeting, long document) {
    send("soc.chair", "POST", "/api/meetings/" + meeting + "/decisions", Map.of("documentId", document,
        "outcome", "APPROVED", "statements", List.of(), "password", DEMO_PASSWORD));
  }

  /** A GET as the user; the response's status and body length are checked by the caller through the return value. */
  HttpResponse<byte[]> get(String user, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Authorization", authorization(user))
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60))
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private JsonNode send(String user, String method, String path, Object body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
          .header("Authorization", authorization(user))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .timeout(Duration.ofSeconds(60))
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
          .build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(method + " " + path + " as " + user + " answered " + response.statusCode() + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String authorization(String user) {
    return AUTHORIZATION.computeIfAbsent(user, name -> "Basic " + Base64.getEncoder()
        .encodeToString((name + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }
}
