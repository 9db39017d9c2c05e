package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.document.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile input, table-driven: malformed and duplicate-key JSON, NUL bytes and lone surrogates, huge
 * and deeply nested bodies, path tricks, mislabelled and oversize uploads, script and expression
 * payloads, other documents' ids, out-of-range paging and dates, sent to Accord's API and to the
 * Tasklist entry points. Each case must get a clear 4xx (a problem detail where a body is given),
 * leak no engine, SQL or Java text, and leave every table of the record as it was.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  /** Words that only an engine, a database or a stack trace would write. */
  private static final List<String> LEAKS = List.of("ENGINE-", "org.camunda", "org.springframework", "org.accord",
      "java.", "com.fasterxml", "SQL", "PSQL", "ERROR:", "Caused by", "\tat ", "Hibernate", "jdbc");
  /** The tables a refused request must leave as they were. */
  private static final List<String> RECORD = List.of("document", "document_version", "delegation_position",
      "position_change", "consensus_confirmation", "round_extension", "decision", "soc_meeting", "agenda_item",
      "silence_procedure", "acting_chair", "idempotency_key", "act_ru_task", "act_ru_variable");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired Documents documents;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> fixture = new LinkedHashMap<>();
  private BrowserSession tasklist;

  /** A hostile request: who sends it, how, and the 4xx statuses that are a clear answer to it. */
  record Case(String name, String user, String method, String path, String contentType, byte[] body,
      Set<Integer> expected) {

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void aForumWithWorkInProgress() throws Exception {
    // Kazakhstan's paper and Turkiye's, both in their first round; a meeting in session with a paper on its agenda
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long kazakhstan = procedure.conceptPaperInRound("Hostile input: Kazakhstan's paper", "CICA/IT/HOSTILE-KZ-");
    long turkiye = procedure.create("tr.delegate1", "TR", "CONCEPT_PAPER", "Hostile input: Turkiye's paper",
        Map.of("text", "Draft"));
    procedure.register(turkiye, "CICA/IT/HOSTILE-TR-" + turkiye);
    long onAgenda = procedure.documentAwaitingMeeting("Hostile input: on the agenda", "CICA/IT/HOSTILE-M-");
    long meeting = procedure.convene("Hostile input meeting", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, onAgenda);
    fixture.put("{A}", String.valueOf(kazakhstan));
    fixture.put("{B}", String.valueOf(turkiye));
    fixture.put("{M}", String.valueOf(meeting));
    fixture.put("{ON_AGENDA}", String.valueOf(onAgenda));
    // Kazakhstan's paper awaiting its first draft (uploads), and one whose task only Tasklist's cases touch
    fixture.put("{DRAFT}", String.valueOf(procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER",
        "Hostile input: awaiting its draft", Map.of())));
    long inTasklist = procedure.conceptPaperInRound("Hostile input: in Tasklist", "CICA/IT/HOSTILE-T-");
    // Kazakhstan's delegate in Camunda Tasklist, with the task of Kazakhstan's paper and the id of Turkiye's round
    tasklist = new BrowserSession(rest.getRootUri());
    assertThat(tasklist.login("kz.delegate1", Api.DEMO_PASSWORD)).isEqualTo(302);
    JsonNode tasks = json.readTree(tasklist.get(ENGINE + "/task?processInstanceBusinessKey="
        + URLEncoder.encode(ProcessKeys.of(documents, inTasklist), StandardCharsets.UTF_8)).body());
    fixture.put("{TASK}", tasks.get(0).get("id").asText());
    fixture.put("{ROUND_B}", api.dossier(turkiye).get("rounds").get(0).get("round").get("id").asText());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void isRefusedClearlyLeakingNothingAndRecordingNothing(Case hostile) throws Exception {
    Map<String, Long> before = record();

    HttpResponse<String> answer = send(hostile);

    String body = answer.body() == null ? "" : answer.body();
    assertThat(answer.statusCode()).as("%s answered %s", hostile.name(), body).isIn(hostile.expected());
    for (String leak : LEAKS) {
      assertThat(body).as("%s leaks nothing", hostile.name()).doesNotContain(leak);
    }
    if (!body.isBlank() && hostile.path().startsWith("/api")) {
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = json.readTree(body);
      assertThat(problem.get("status").asInt()).isEqualTo(answer.statusCode());
      assertThat(problem.get("detail").asText()).as("a clear word for the caller").isNotBlank();
    }
    assertThat(record()).as("%s recorded nothing", hostile.name()).isEqualTo(before);
  }

  Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String kz = "kz.delegate1";
    String paper = "{\"type\":\"CONCEPT_PAPER\",\"title\":\"%s\",\"coordinator\":\"KZ\"}";

    // malformed JSON
    cases.add(json("truncated JSON", kz, "POST", "/api/documents", "{\"type\":\"CONCEPT_PAPER\",\"title\":", 400));
    cases.add(json("duplicate keys", kz, "POST", "/api/documents",
        "{\"type\":\"CONCEPT_PAPER\",\"title\":\"One\",\"title\":\"Two\",\"coordinator\":\"KZ\"}", 400));
    cases.add(json("an array for an object", kz, "POST", "/api/documents", "[]", 400));
    cases.add(json("a string for an object", kz, "POST", "/api/documents", "\"document\"", 400));
    cases.add(json("null for an object", kz, "POST", "/api/documents", "null", 400));
    cases.add(json("an empty body", kz, "POST", "/api/documents", "", 400));
    cases.add(json("a form posted as JSON", kz, "POST", "/api/documents", "type=CONCEPT_PAPER&title=x", 400));
    cases.add(json("a trailing second document", kz, "POST", "/api/documents",
        String.format(paper, "Trailing") + "{}", 400));
    cases.add(json("a number too large for an id", kz, "POST", "/api/documents",
        "{\"type\":\"BUDGET\",\"title\":\"x\",\"coordinator\":\"SEC\",\"packageOf\":99999999999999999999999}", 400));
    cases.add(json("an exponent for an id", kz, "POST", "/api/documents",
        "{\"type\":\"BUDGET\",\"title\":\"x\",\"coordinator\":\"SEC\",\"packageOf\":1e999999}", 400));
    cases.add(json("an object for a title", kz, "POST", "/api/documents",
        "{\"type\":\"CONCEPT_PAPER\",\"title\":{\"$ne\":null},\"coordinator\":\"KZ\"}", 400));
    cases.add(json("an unknown document type", kz, "POST", "/api/documents",
        "{\"type\":\"HACK\",\"title\":\"x\",\"coordinator\":\"KZ\"}", 400));
    cases.add(json("an unknown position kind", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"KZ\",\"kind\":\"VETO\"}", 400));
    // text that no database should be handed
    cases.add(json("a NUL byte in a title", kz, "POST", "/api/documents", String.format(paper, "Nul\\u0000byte"), 400));
    cases.add(json("a NUL byte in a position", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"KZ\",\"kind\":\"RESERVATION\",\"text\":\"a\\u0000b\"}", 400));
    cases.add(json("a lone high surrogate in a title", kz, "POST", "/api/documents",
        String.format(paper, "Lone \\ud800 surrogate"), 400));
    cases.add(json("a lone low surrogate in a position", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"KZ\",\"kind\":\"RESERVATION\",\"text\":\"a\\udc00b\"}", 400));
    cases.add(raw("bytes that are not UTF-8", kz, "POST", "/api/documents", "application/json",
        concat("{\"type\":\"CONCEPT_PAPER\",\"title\":\"", new byte[] {(byte) 0xC3, (byte) 0x28},
            "\",\"coordinator\":\"KZ\"}"), Set.of(400)));
    cases.add(json("control characters in a symbol", "secretariat.officer", "POST", "/api/documents/{B}/registration",
        "{\"symbol\":\"CICA/\\u0007\\u001b[2J\"}", 400, 409));
    // huge and deeply nested bodies
    cases.add(json("a title of 100,000 characters", kz, "POST", "/api/documents",
        String.format(paper, "t".repeat(100_000)), 400));
    cases.add(json("a position of 2 MB", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"KZ\",\"kind\":\"RESERVATION\",\"text\":\"" + "r".repeat(2_000_000) + "\"}", 400, 413));
    cases.add(json("a body of 30 MB", kz, "POST", "/api/documents",
        String.format(paper, "x".repeat(30_000_000)), 400, 413));
    cases.add(json("data nested 5,000 deep", kz, "POST", "/api/documents",
        "{\"type\":\"CONCEPT_PAPER\",\"title\":\"Nested\",\"coordinator\":\"KZ\",\"data\":"
            + "[".repeat(5_000) + "]".repeat(5_000) + "}", 400));
    cases.add(json("an attendance of 100,000 delegations", "soc.chair", "PUT", "/api/meetings/{M}/attendance",
        "{\"present\":[" + "\"KZ\",".repeat(100_000) + "\"KZ\"]}", 400, 413));
    cases.add(raw("JSON sent as plain text", kz, "POST", "/api/documents", "text/plain",
        String.format(paper, "Plain").getBytes(StandardCharsets.UTF_8), Set.of(415)));
    cases.add(raw("JSON sent as XML", kz, "POST", "/api/documents", "application/xml",
        "<document><title>x</title></document>".getBytes(StandardCharsets.UTF_8), Set.of(415)));
    cases.add(raw("a bogus charset", kz, "POST", "/api/documents", "application/json; charset=klingon",
        String.format(paper, "Klingon").getBytes(StandardCharsets.UTF_8), Set.of(400, 415)));
    // path tricks
    cases.add(get("a dot-dot path", kz, "/api/documents/%2e%2e/%2e%2e/admin/outbox", 400, 404));
    cases.add(get("an encoded slash", kz, "/api/documents/{A}%2fversions", 400, 404));
    cases.add(get("an encoded NUL in the path", kz, "/api/documents/%00", 400));
    cases.add(get("a path parameter", kz, "/api/documents/{A};jsessionid=1", 400));
    cases.add(get("a double slash", kz, "/api//documents/{A}", 400, 404));
    cases.add(get("a backslash", kz, "/api/documents/%5c..%5cadmin", 400));
    cases.add(get("a negative id", kz, "/api/documents/-1", 404));
    cases.add(get("an id past a long", kz, "/api/documents/99999999999999999999", 400));
    cases.add(get("a word for an id", kz, "/api/documents/abc", 400));
    cases.add(get("version zero", kz, "/api/documents/{A}/versions/0/content", 404));
    cases.add(get("a diff with a version that never was", kz, "/api/documents/{A}/versions/1/diff/999", 404));
    cases.add(get("a calendar of a concept paper", kz, "/api/documents/{A}/calendar.ics", 400, 404, 409));
    // out-of-range paging and dates
    cases.add(get("a negative page", kz, "/api/documents?page=-1", 400));
    cases.add(get("a page size of zero", kz, "/api/documents?size=0", 400));
    cases.add(get("a page size of 100,000", kz, "/api/documents?size=100000", 400));
    cases.add(get("a page past an int", kz, "/api/documents?page=99999999999", 400));
    cases.add(get("an unknown status filter", kz, "/api/documents?status=%24%7B7*7%7D", 400));
    cases.add(get("the register of year 99,999", kz, "/api/decisions?year=99999", 400));
    cases.add(get("the register of a year in words", kz, "/api/decisions?year=abc", 400));
    cases.add(json("a meeting on the 45th of the 13th month", "secretariat.officer", "POST", "/api/meetings",
        "{\"title\":\"Bad date\",\"startsAt\":\"2031-13-45T99:99:00Z\",\"format\":\"VIDEOCONFERENCE\"}", 400));
    cases.add(json("a meeting in the year 0", "secretariat.officer", "POST", "/api/meetings",
        "{\"title\":\"Year zero\",\"startsAt\":\"0000-01-01T00:00:00Z\",\"format\":\"VIDEOCONFERENCE\"}", 400));
    cases.add(json("a round extended to the end of time", "swg.chair", "POST", "/api/documents/{A}/rounds/1/extension",
        "{\"deadline\":\"+999999999-12-31T23:59:59Z\",\"reason\":\"Forever\"}", 400));
    cases.add(json("a round extended into the past", "swg.chair", "POST", "/api/documents/{A}/rounds/1/extension",
        "{\"deadline\":\"2001-01-01T00:00:00Z\",\"reason\":\"Back in time\"}", 400, 409));
    cases.add(json("an acting chair for a backwards period", "soc.chair", "POST", "/api/acting-chairs",
        "{\"body\":\"SOC_CHAIR\",\"user\":\"kz.delegate2\",\"startsAt\":\"2031-01-02T00:00:00Z\","
            + "\"endsAt\":\"2031-01-01T00:00:00Z\",\"reason\":\"Backwards\"}", 400));
    // script and expression-language payloads
    cases.add(json("a script for a symbol", "secretariat.officer", "POST", "/api/documents/{B}/registration",
        "{\"symbol\":\"<script>alert(1)</script>\"}", 400, 409));
    cases.add(json("an expression for a symbol", "secretariat.officer", "POST", "/api/documents/{B}/registration",
        "{\"symbol\":\"#{T(java.lang.Runtime).getRuntime().exec('id')}\"}", 400, 409));
    cases.add(json("an expression for a delegation", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"${7*7}\",\"kind\":\"NO_OBJECTION\"}", 400, 403));
    cases.add(json("a script for a delegation in a statement", "soc.chair", "POST", "/api/meetings/{M}/decisions",
        "{\"documentId\":{ON_AGENDA},\"outcome\":\"APPROVED\",\"password\":\"accord\","
            + "\"statements\":[{\"delegation\":\"<img src=x onerror=alert(1)>\",\"text\":\"x\"}]}", 400));
    cases.add(json("an expression for a route", "soc.chair", "POST", "/api/documents/{A}/soc-route",
        "{\"route\":\"${execution.setVariable('route','SILENCE')}\"}", 400));
    // ids of other documents and delegations
    cases.add(json("a position for another state", kz, "POST", "/api/documents/{A}/positions",
        "{\"delegation\":\"RU\",\"kind\":\"NO_OBJECTION\"}", 403));
    cases.add(json("a change of another state's position", kz, "PUT", "/api/documents/{A}/positions/RU",
        "{\"kind\":\"OBJECTION\",\"text\":\"Not ours\"}", 403, 404, 409));
    cases.add(json("a version of another state's paper", kz, "POST", "/api/documents/{B}/versions",
        "{\"text\":\"Taken over\"}", 403));
    cases.add(json("a registration by a delegate", kz, "POST", "/api/documents/{B}/registration",
        "{\"symbol\":\"CICA/IT/MINE\"}", 403));
    cases.add(json("a decision on a paper not on the agenda", "soc.chair", "POST", "/api/meetings/{M}/decisions",
        "{\"documentId\":{A},\"outcome\":\"APPROVED\",\"password\":\"accord\"}", 409));
    cases.add(json("a decision on a document that never was", "soc.chair", "POST", "/api/meetings/{M}/decisions",
        "{\"documentId\":987654321,\"outcome\":\"APPROVED\",\"password\":\"accord\"}", 404, 409));
    cases.add(json("a staff matrix in a concept paper's package", "secretariat.officer", "POST", "/api/documents",
        "{\"type\":\"STAFF_MATRIX\",\"title\":\"Matrix\",\"coordinator\":\"SEC\",\"packageOf\":{A}}", 400, 409));
    cases.add(json("an agenda of a paper in negotiation", "secretariat.officer", "PUT", "/api/meetings/{M}/agenda",
        "{\"documentIds\":[{A}]}", 400, 409));
    cases.add(json("a mail retried by a delegate", kz, "POST", "/api/admin/outbox/1/retry", "{}", 403));
    cases.add(json("an acting chair named by a delegate", kz, "POST", "/api/acting-chairs",
        "{\"body\":\"SOC_CHAIR\",\"user\":\"kz.delegate1\",\"startsAt\":\"2031-01-01T00:00:00Z\","
            + "\"endsAt\":\"2031-01-02T00:00:00Z\",\"reason\":\"Self-appointed\"}", 403));
    // uploads
    cases.add(upload("an executable labelled as PDF", "evil.pdf", "application/pdf",
        new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 400, 415));
    cases.add(upload("a password file labelled as PDF", "../../etc/passwd", "application/pdf",
        "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8), 400, 415));
    cases.add(upload("a Windows program", "setup.exe", "application/x-msdownload",
        new byte[] {'M', 'Z', (byte) 0x90, 0}, 400, 415));
    cases.add(upload("an empty file", "empty.pdf", "application/pdf", new byte[0], 400));
    cases.add(upload("a file of 21 MB", "big.txt", "text/plain", new byte[21 * 1024 * 1024], 400, 413));
    // the Tasklist entry points
    cases.add(tasklist("Tasklist: another document's round", ENGINE + "/task/{TASK}/complete",
        "{\"variables\":{\"positionKind\":{\"value\":\"NO_OBJECTION\"},\"roundId\":{\"value\":{ROUND_B},\"type\":\"Long\"}}}"));
    cases.add(tasklist("Tasklist: a ten-second deadline", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":\"NO_OBJECTION\"},\"roundDeadline\":{\"value\":\"PT10S\"}}}"));
    cases.add(tasklist("Tasklist: a number for a kind", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":42,\"type\":\"Integer\"}}}"));
    cases.add(tasklist("Tasklist: an unknown kind", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":\"VETO\"}}}"));
    cases.add(tasklist("Tasklist: a NUL byte in a reservation", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":\"RESERVATION\"},\"positionText\":{\"value\":\"a\\u0000b\"}}}"));
    cases.add(tasklist("Tasklist: a serialized Java object", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":\"NO_OBJECTION\"},\"positionText\":{\"value\":\"rO0ABXNy\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"));
    cases.add(tasklist("Tasklist: an expression for a text", ENGINE + "/task/{TASK}/submit-form",
        "{\"variables\":{\"positionKind\":{\"value\":\"OBJECTION\"},\"positionText\":{\"value\":\"\"},"
            + "\"decisionOutcome\":{\"value\":\"${true}\"}}}"));
    cases.add(tasklist("Tasklist: malformed JSON", ENGINE + "/task/{TASK}/submit-form", "{\"variables\":"));
    cases.add(new Case("Tasklist: a variable written beside the form", "tasklist", "PUT",
        ENGINE + "/task/{TASK}/variables/roundDeadline", "application/json",
        "{\"value\":\"PT10S\"}".getBytes(StandardCharsets.UTF_8), Set.of(400, 403)));
    cases.add(new Case("Tasklist: variables modified in bulk", "tasklist", "POST",
        ENGINE + "/task/{TASK}/variables", "application/json",
        "{\"modifications\":{\"roundId\":{\"value\":{ROUND_B},\"type\":\"Long\"}}}".getBytes(StandardCharsets.UTF_8),
        Set.of(400, 403)));
    cases.add(new Case("Tasklist: a task given to oneself", "tasklist", "POST", ENGINE + "/task/{TASK}/assignee",
        "application/json", "{\"userId\":\"ru.delegate1\"}".getBytes(StandardCharsets.UTF_8), Set.of(400, 403)));
    return cases.stream();
  }

  private HttpResponse<String> send(Case hostile) throws Exception {
    String path = fill(hostile.path());
    byte[] body = hostile.body() == null ? null : fill(new String(hostile.body(), StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
    if (hostile.user().equals("tasklist")) {
      String text = new String(body, StandardCharsets.UTF_8);
      return hostile.method().equals("PUT") ? tasklist.putToCamunda(path, text) : tasklist.postToCamunda(path, text);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((hostile.user() + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (hostile.contentType() != null) {
      request.header("Content-Type", hostile.contentType());
    }
    request.method(hostile.method(), body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Puts the fixture's ids in place of {A}, {B}, {M}, ...; bytes pass through unchanged (ISO-8859-1). */
  private String fill(String text) {
    for (Map.Entry<String, String> id : fixture.entrySet()) {
      text = text.replace(id.getKey(), id.getValue());
    }
    return text;
  }

  private Map<String, Long> record() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : RECORD) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private static Case json(String name, String user, String method, String path, String body, Integer... expected) {
    return new Case(name, user, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8),
        Set.of(expected));
  }

  private static Case get(String name, String user, String path, Integer... expected) {
    return new Case(name, user, "GET", path, null, null, Set.of(expected));
  }

  private static Case raw(String name, String user, String method, String path, String type, byte[] body,
      Set<Integer> expected) {
    return new Case(name, user, method, path, type, body, expected);
  }

  private static Case tasklist(String name, String path, String body) {
    return new Case(name, "tasklist", "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8),
        Set.of(400, 403));
  }

  /** A file upload of Kazakhstan's paper by its coordinator, as multipart form data. */
  private static Case upload(String name, String fileName, String type, byte[] content, Integer... expected) {
    String boundary = "hostile-boundary";
    byte[] body = concat("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + type + "\r\n\r\n", content, "\r\n--" + boundary + "--\r\n");
    return new Case(name, "kz.delegate1", "POST", "/api/documents/{DRAFT}/versions",
        "multipart/form-data; boundary=" + boundary, body, Set.of(expected));
  }

  private static byte[] concat(String head, byte[] middle, String tail) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] end = tail.getBytes(StandardCharsets.UTF_8);
    byte[] whole = new byte[start.length + middle.length + end.length];
    System.arraycopy(start, 0, whole, 0, start.length);
    System.arraycopy(middle, 0, whole, start.length, middle.length);
    System.arraycopy(end, 0, whole, start.length + middle.length, end.length);
    return whole;
  }
}
