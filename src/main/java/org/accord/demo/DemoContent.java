package org.accord.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured data of the demo's documents (README, "Structured content"), illustrative but in
 * the forum's real shape: the Action Plan's measures, the coming year's calendar, the Secretariat's
 * budget and staff matrix. Accord validates and canonicalizes it like any upload.
 */
final class DemoContent {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A post of the Secretariat: how many, and what one of them costs a year (USD). */
  record Post(String title, String grade, int number, int annualCost) {

    BigDecimal cost() {
      return BigDecimal.valueOf((long) number * annualCost);
    }
  }

  private static final List<Post> POSTS = List.of(
      new Post("Secretary General", "USG", 1, 250_000),
      new Post("Deputy Secretary General", "ASG", 2, 200_000),
      new Post("Counsellor", "P-5", 3, 105_000),
      new Post("Attaché", "P-2", 5, 67_000),
      new Post("Administrative assistant", "G-5", 4, 30_000));

  private DemoContent() {}

  static String conceptPaper(String priorityArea, String dimension, String coordinator, String coCoordinator,
      String text) {
    return json(Map.of("priorityArea", priorityArea, "dimension", dimension, "coordinators", List.of(coordinator),
        "coCoordinators", List.of(coCoordinator), "text", text));
  }

  /** The Action Plan; India's amendment extends the Tourism Forum's timeline. */
  static String actionPlan(int year, String tourismForumEnd) {
    return json(Map.of("measures", List.of(
        measure("CICA Tourism Forum", "ECONOMIC", "Tourism", List.of("TR", "AZ"), year + "-01", tourismForumEnd,
            "A forum of tourism authorities and operators held every two years, alternating between the coordinators."),
        measure("Seminar on food security", "ECONOMIC", "Agriculture", List.of("PK", "KG"), year + "-03", year + "-11",
            "Exchange of practices on grain reserves, irrigation and plant protection."),
        measure("Seminar on water resources management", "ENVIRONMENTAL", "Environmental issues", List.of("TJ"),
            year + "-04", year + "-06", null),
        measure("Workshop on countering illicit drug trafficking", "NEW_CHALLENGES_AND_THREATS", "Drug trafficking",
            List.of("AF", "KZ"), year + "-02", year + "-06", null),
        measure("CICA Youth Forum", "HUMAN", "Youth", List.of("KZ", "MN"), year + "-05", year + "-09", null),
        measure("Exchange of information on military exercises", "MILITARY_POLITICAL",
            "Confidence-building measures", List.of("KZ"), year + "-01", year + "-12", null))));
  }

  /** The calendar of the coming year's events. */
  static String calendar(int year) {
    return json(Map.of("year", year, "events", List.of(
        event("Meeting of the Special Working Group", year + "-03-14", year + "-03-15", "IN_PERSON", "KZ", null),
        event("Meeting of the Senior Officials Committee", year + "-04-13", year + "-04-14", "IN_PERSON", "KZ", null),
        event("Seminar on water resources management", year + "-05-17", year + "-05-18", "IN_PERSON", "TJ",
            "ENVIRONMENTAL"),
        event("CICA Tourism Forum", year + "-06-20", year + "-06-21", "HYBRID", "TR", "ECONOMIC"),
        event("CICA Youth Forum", year + "-08-22", year + "-08-24", "IN_PERSON", "MN", "HUMAN"),
        event("Expert meeting on food security", year + "-09-12", year + "-09-12", "VIDEOCONFERENCE", null,
            "ECONOMIC"),
        event("Meeting of the Special Working Group", year + "-10-10", year + "-10-11", "IN_PERSON", "KZ", null),
        event("Meeting of the Senior Officials Committee", year + "-12-14", year + "-12-14", "VIDEOCONFERENCE", null,
            null))));
  }

  static String staffMatrix(int year) {
    return json(Map.of("year", year, "currency", "USD", "posts", POSTS));
  }

  /** The budget's staff line is what the staff matrix costs, as Accord checks before circulating them. */
  static String budget(int year) {
    return json(Map.of("year", year, "lines", List.of(
        line("STAFF", staffTotal()),
        line("OFFICIAL_TRAVEL", BigDecimal.valueOf(180_000)),
        line("PREMISES", BigDecimal.valueOf(240_000)),
        line("CONFERENCE_SERVICES", BigDecimal.valueOf(95_000)),
        line("COMMUNICATIONS_AND_IT", BigDecimal.valueOf(60_000)))));
  }

  static BigDecimal staffTotal() {
    return POSTS.stream().map(Post::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Map<String, Object> measure(String title, String dimension, String priorityArea,
      List<String> coordinators, String start, String end, String description) {
    Map<String, Object> measure = new HashMap<>(Map.of("title", title, "dimension", dimension,
        "priorityArea", priorityArea, "coordinators", coordinators, "timeline", Map.of("start", start, "end", end)));
    putIfGiven(measure, "description", description);
    return measure;
  }

  private static Map<String, Object> event(String title, String start, String end, String format, String hostState,
      String dimension) {
    Map<String, Object> event = new HashMap<>(Map.of("title", title, "start", start, "end", end, "format", format));
    putIfGiven(event, "hostState", hostState);
    putIfGiven(event, "dimension", dimension);
    return event;
  }

  private static Map<String, Object> line(String category, BigDecimal amount) {
    return Map.of("category", category, "amount", amount, "currency", "USD");
  }

  /** Optional fields are left out rather than sent as null. */
  private static void putIfGiven(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The demo's content is plain maps and lists", e);
    }
  }
}
