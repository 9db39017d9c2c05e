package org.accord.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Accord's HTTP API as one demo user sees it: HTTP Basic with the demo password. */
final class Api {

  static final String DEMO_PASSWORD = "accord";

  private final TestRestTemplate rest;
  private final String language;

  Api(TestRestTemplate rest) {
    this(rest, null);
  }

  private Api(TestRestTemplate rest, String language) {
    this.rest = rest;
    this.language = language;
  }

  /** The same API asked in Russian (Accept-Language: ru), as a Russian-speaking program would. */
  Api inRussian() {
    return new Api(rest, "ru");
  }

  ResponseEntity<JsonNode> get(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), JsonNode.class);
  }

  ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** A write sent with an {@code Idempotency-Key}, as a client that may retry it sends it. */
  ResponseEntity<JsonNode> post(String user, String path, Object body, String idempotencyKey) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", idempotencyKey);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> postRaw(String user, String path, String json) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
  }

  /** A body of any type, as the user (HTTP Basic). */
  ResponseEntity<JsonNode> exchangeRaw(String user, String path, String body, MediaType type) {
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(type)), JsonNode.class);
  }

  ResponseEntity<JsonNode> upload(String user, String path, String fileName, MediaType type, byte[] bytes) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(type);
    var file = new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new HttpEntity<>(file, partHeaders));
    HttpHeaders headers = headers(MediaType.MULTIPART_FORM_DATA);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
  }

  /** Creates a document with a first draft and returns its id. */
  long createDocument(String coordinatorUser, String coordinator, String type, String title, String draft) {
    var body = new HashMap<String, Object>(Map.of("type", type, "title", title, "coordinator", coordinator));
    if (draft != null) {
      body.put("text", draft);
    }
    ResponseEntity<JsonNode> created = post(coordinatorUser, "/api/documents", body);
    if (!created.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("Creating the document failed: " + created);
    }
    return created.getBody().get("id").asLong();
  }

  /** Creates and registers a document, so that its first round is open; returns its id. */
  long documentInFirstRound(String title) {
    long id = createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", title, "First draft of " + title);
    ResponseEntity<JsonNode> registered = post("secretariat.officer", "/api/documents/" + id + "/registration",
        Map.of("symbol", "CICA/TEST/" + id));
    if (!registered.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("Registering the document failed: " + registered);
    }
    return id;
  }

  ResponseEntity<JsonNode> givePosition(String user, long documentId, String delegation, String kind, String text) {
    var body = new HashMap<String, Object>(Map.of("delegation", delegation, "kind", kind));
    if (text != null) {
      body.put("text", text);
    }
    return post(user, "/api/documents/" + documentId + "/positions", body);
  }

  JsonNode dossier(long documentId) {
    return get("admin", "/api/documents/" + documentId).getBody();
  }

  ResponseEntity<JsonNode> anonymousGet(String path) {
    return rest.getForEntity(path, JsonNode.class);
  }

  private HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return headers;
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DEMO_PASSWORD);
  }
}
