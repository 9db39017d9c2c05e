package org.accord.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The forum's procedure as its real users carry it through the API: one method per step, each
 * failing the test with the server's answer when the step is refused.
 */
final class Procedure {

  static final List<String> MEMBER_STATES = List.of("AF", "AZ", "BH", "BD", "KH", "CN", "EG", "IN", "IR", "IQ",
      "IL", "JO", "KZ", "KW", "KG", "MN", "PK", "PS", "QA", "KR", "RU", "LK", "TJ", "TH", "TR", "AE", "UZ", "VN");

  /** A position a delegation gives; text and anchor may be null. */
  record Say(String kind, String text) {
    static Say noObjection() {
      return new Say("NO_OBJECTION", null);
    }

    static Say amendment(String text) {
      return new Say("AMENDMENT", text);
    }

    static Say objection(String text) {
      return new Say("OBJECTION", text);
    }

    static Say reservation(String text) {
      return new Say("RESERVATION", text);
    }
  }

  private final Api api;

  Procedure(Api api) {
    this.api = api;
  }

  /** The member states whose delegation has a second demo user, {@code <cc>.delegate2} (config/forum.yaml). */
  static final Set<String> TWO_DELEGATES = Set.of("AZ", "CN", "IN", "KZ", "RU", "TH", "TR");

  /** The demo users of the delegations of these states: who is mailed what goes to their groups. */
  static Set<String> usersOf(Collection<String> states) {
    Set<String> users = new TreeSet<>();
    for (String state : states) {
      users.add(delegate(state));
      if (TWO_DELEGATES.contains(state)) {
        users.add(state.toLowerCase(Locale.ROOT) + ".delegate2");
      }
    }
    return users;
  }

  static String delegate(String code) {
    return code.toLowerCase(Locale.ROOT) + ".delegate1";
  }

  /** A time the API sent (ISO 8601, UTC), as an instant. */
  static Instant instant(JsonNode time) {
    if (time == null || time.isNull()) {
      throw new AssertionError("No time given");
    }
    return OffsetDateTime.parse(time.asText()).toInstant();
  }

  static JsonNode ok(ResponseEntity<JsonNode> response) {
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("The step was refused: " + response.getStatusCode() + " " + response.getBody());
    }
    return response.getBody();
  }

  long create(String user, String coordinator, String type, String title, Map<String, Object> draft) {
    var body = new HashMap<String, Object>(Map.of("type", type, "title", title, "coordinator", coordinator));
    body.putAll(draft);
    return ok(api.post(user, "/api/documents", body)).get("id").asLong();
  }

  void register(long document, String symbol) {
    ok(api.post("secretariat.officer", "/api/documents/" + document + "/registration", Map.of("symbol", symbol)));
  }

  JsonNode submit(String user, long document, Map<String, Object> version) {
    return ok(api.post(user, "/api/documents/" + document + "/versions", version));
  }

  /** Every member state answers; those not named have no objection. */
  void everyStateAnswers(long document, Map<String, Say> exceptions) {
    for (String state : MEMBER_STATES) {
      Say say = exceptions.getOrDefault(state, new Say("NO_OBJECTION", null));
      ok(api.givePosition(delegate(state), document, state, say.kind(), say.text()));
    }
  }

  /** Every member state answers but the silent ones; those not named have no objection. */
  void everyStateAnswersExcept(long document, Set<String> silent, Map<String, Say> exceptions) {
    for (String state : MEMBER_STATES) {
      if (!silent.contains(state)) {
        Say say = exceptions.getOrDefault(state, Say.noObjection());
        ok(api.givePosition(delegate(state), document, state, say.kind(), say.text()));
      }
    }
  }

  /** A delegate changes their delegation's position in the open round. */
  JsonNode change(String user, long document, String state, Say say) {
    var body = new HashMap<String, Object>(Map.of("kind", say.kind()));
    if (say.text() != null) {
      body.put("text", say.text());
    }
    return ok(api.exchange(user, HttpMethod.PUT, "/api/documents/" + document + "/positions/" + state, body));
  }

  /** The coordinator withdraws the document. */
  JsonNode withdraw(String user, long document, String reason) {
    return ok(api.post(user, "/api/documents/" + document + "/withdrawal", Map.of("reason", reason)));
  }

  /** The latest round of a document, as its dossier shows it: {round, positions, changes}. */
  JsonNode lastRound(long document) {
    JsonNode rounds = api.dossier(document).get("rounds");
    return rounds.get(rounds.size() - 1);
  }

  void confirmConsensus(long document) {
    ok(api.post("swg.chair", "/api/documents/" + document + "/consensus", Map.of("note", "Consensus at the SWG")));
  }

  void route(long document, String route) {
    ok(api.post("soc.chair", "/api/documents/" + document + "/soc-route", Map.of("route", route)));
  }

  /** A concept paper of Kazakhstan's, registered under the symbol prefix + id: its first round is open. */
  long conceptPaperInRound(String title, String symbolPrefix) {
    long id = create("kz.delegate1", "KZ", "CONCEPT_PAPER", title, Map.of("text", "Draft of " + title));
    register(id, symbolPrefix + id);
    return id;
  }

  /**
   * Concept papers whose rounds, open since the same moment, pass their deadline (14 days) without an
   * answer: silence is no objection for concept papers, so each closes in consensus, which the SWG
   * Chair confirms. Quicker than 28 answers per paper; the papers then wait for the SOC Chair's route.
   */
  void silentRoundsEndInConsensus(EngineClock clock, long... documents) {
    clock.advance(Duration.ofDays(14));
    for (long document : documents) {
      if (clock.fireDueTimers(document) != 2) {
        throw new AssertionError("Expected the reminder and the deadline of document " + document);
      }
      confirmConsensus(document);
    }
  }

  /** A concept paper recommended by the SWG after one round, on its way to a meeting. */
  long documentAwaitingMeeting(String title) {
    return documentAwaitingMeeting(title, "CICA/TEST/");
  }

  /** The same, registered under the symbol prefix + id. */
  long documentAwaitingMeeting(String title, String symbolPrefix) {
    long id = create("kz.delegate1", "KZ", "CONCEPT_PAPER", title, Map.of("text", "Draft of " + title));
    register(id, symbolPrefix + id);
    everyStateAnswers(id, Map.of());
    confirmConsensus(id);
    route(id, "MEETING");
    return id;
  }

  long convene(String title, OffsetDateTime startsAt, String format, String place) {
    var body = new HashMap<String, Object>(Map.of("title", title, "startsAt", startsAt.toString(), "format", format));
    if (place != null) {
      body.put("place", place);
    }
    return ok(api.post("secretariat.officer", "/api/meetings", body)).get("id").asLong();
  }

  void agenda(long meeting, Long... documents) {
    ok(api.exchange("secretariat.officer", HttpMethod.PUT, "/api/meetings/" + meeting + "/agenda",
        Map.of("documentIds", List.of(documents))));
    JsonNode confirmed = ok(api.post("secretariat.officer", "/api/meetings/" + meeting + "/agenda/confirmation", Map.of()));
    if ("AGENDA_CONFIRMED".equals(confirmed.get("status").asText())) {
      // a meeting convened for later: the SOC Chair opens the session now, so that it can decide
      ok(api.post("soc.chair", "/api/meetings/" + meeting + "/session", Map.of()));
    }
  }

  /** The SOC Chair's decision on an item, with statements as "CODE", "text" pairs. */
  ResponseEntity<JsonNode> decide(String user, long meeting, long document, String outcome, String... statements) {
    List<Map<String, String>> made = new ArrayList<>();
    for (int i = 0; i + 1 < statements.length; i += 2) {
      made.add(Map.of("delegation", statements[i], "text", statements[i + 1]));
    }
    return api.post(user, "/api/meetings/" + meeting + "/decisions",
        Map.of("documentId", document, "outcome", outcome, "statements", made, "password", Api.DEMO_PASSWORD));
  }

  void attendance(long meeting, String... present) {
    ok(api.exchange("soc.chair", HttpMethod.PUT, "/api/meetings/" + meeting + "/attendance",
        Map.of("present", List.of(present))));
  }

  JsonNode close(long meeting) {
    return ok(api.post("soc.chair", "/api/meetings/" + meeting + "/closure", Map.of()));
  }

  String status(long document) {
    return api.dossier(document).get("document").get("status").asText();
  }
}
