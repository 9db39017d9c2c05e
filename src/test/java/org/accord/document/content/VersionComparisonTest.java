package org.accord.document.content;

import static org.accord.document.content.Samples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.accord.document.DocumentType;
import org.accord.document.VersionContent;
import org.accord.document.content.VersionDiff.FieldChange;
import org.accord.document.content.VersionDiff.ItemChange;
import org.accord.document.content.VersionDiff.Kind;
import org.accord.document.content.VersionDiff.LineChange;
import org.accord.document.content.VersionDiff.LineChangeType;
import org.accord.document.content.VersionDiff.ListChange;
import org.accord.system.ConflictException;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

  private final ContentRules rules = new ContentRules(ForumFixture.forum());
  private final VersionComparison comparison = new VersionComparison();

  @Test
  void shouldFindEventsAddedRemovedAndChangedByTitleAndStart() throws Exception {
    // given version 2 moves the SWG meeting to Tashkent, drops the December SOC and adds a seminar
    String version1 = canonical(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023);
    ObjectNode calendar = (ObjectNode) new ObjectMapper().readTree(Samples.CALENDAR_2023);
    ArrayNode editedEvents = (ArrayNode) calendar.get("events");
    ((ObjectNode) editedEvents.get(0)).put("hostState", "UZ");
    editedEvents.remove(6);
    editedEvents.addObject().put("title", "Seminar on water security").put("start", "2023-11-02").put("end", "2023-11-02")
        .put("hostState", "TJ").put("format", "HYBRID").put("dimension", "ENVIRONMENTAL");
    String version2 = canonical(DocumentType.CALENDAR_OF_EVENTS, calendar.toString());

    // when
    VersionDiff diff = comparison.compare(DocumentType.CALENDAR_OF_EVENTS, version1, version2);

    // then
    assertThat(diff.kind()).isEqualTo(Kind.STRUCTURED);
    assertThat(diff.identical()).isFalse();
    assertThat(diff.fields()).isEmpty();
    ListChange events = diff.lists().get(0);
    assertThat(events.field()).isEqualTo("events");
    assertThat(events.added()).singleElement()
        .satisfies(event -> assertThat(event.get("title").asText()).isEqualTo("Seminar on water security"));
    assertThat(events.removed()).singleElement()
        .satisfies(event -> assertThat(event.get("start").asText()).isEqualTo("2023-12-14"));
    ItemChange moved = events.changed().get(0);
    assertThat(moved.key().toString())
        .isEqualTo("{\"title\":\"Meeting of the Special Working Group\",\"start\":\"2023-04-11\"}");
    assertThat(moved.fields()).containsExactly(change("hostState", "\"KZ\"", "\"UZ\""));
  }

  @Test
  void shouldMatchBudgetLinesByCategoryWhateverTheirOrder() {
    String version1 = canonical(DocumentType.BUDGET, json("{'year': 2023, 'lines': ["
        + "{'category': 'STAFF', 'amount': 1320000, 'currency': 'USD'},"
        + "{'category': 'PREMISES', 'amount': 95000, 'currency': 'USD'}]}"));
    String version2 = canonical(DocumentType.BUDGET, json("{'year': 2023, 'lines': ["
        + "{'category': 'PREMISES', 'amount': 95000, 'currency': 'USD'},"
        + "{'category': 'STAFF', 'amount': 1350000.50, 'currency': 'USD'},"
        + "{'category': 'EVENTS', 'amount': 250000, 'currency': 'USD'}]}"));

    VersionDiff diff = comparison.compare(DocumentType.BUDGET, version1, version2);

    ListChange lines = diff.lists().get(0);
    assertThat(lines.added()).singleElement().satisfies(line -> assertThat(line.toString())
        .isEqualTo("{\"amount\":250000.00,\"category\":\"EVENTS\",\"currency\":\"USD\"}"));
    assertThat(lines.removed()).isEmpty();
    assertThat(lines.changed()).singleElement().satisfies(line -> {
      assertThat(line.key().toString()).isEqualTo("{\"category\":\"STAFF\"}");
      assertThat(line.fields()).containsExactly(change("amount", "1320000.00", "1350000.50"));
    });
  }

  @Test
  void shouldMatchPostsByTitleAndGradeAndShowScalarFieldsBeforeAndAfter() {
    VersionDiff diff = compareWithEdited(DocumentType.STAFF_MATRIX, Samples.STAFF_MATRIX_2023, sample -> sample
        .replace("\"year\": 2023", "\"year\": 2024")
        .replace("\"grade\": \"P-5\", \"number\": 4", "\"grade\": \"P-5\", \"number\": 5")
        .replace("\"title\": \"Driver\", \"grade\": \"G-3\"", "\"title\": \"Driver\", \"grade\": \"G-4\""));

    assertThat(diff.fields()).containsExactly(change("year", "2023", "2024"));
    ListChange posts = diff.lists().get(0);
    assertThat(posts.changed()).singleElement().satisfies(post -> {
      assertThat(post.key().toString()).isEqualTo("{\"title\":\"Counsellor\",\"grade\":\"P-5\"}");
      assertThat(post.fields()).containsExactly(change("number", "4", "5"));
    });
    // A post whose grade changes is another post: the G-3 driver left, a G-4 driver came.
    assertThat(posts.removed()).extracting(post -> post.get("grade").asText()).containsExactly("G-3");
    assertThat(posts.added()).extracting(post -> post.get("grade").asText()).containsExactly("G-4");
  }

  @Test
  void shouldShowAMeasureTimelineBeforeAndAfter() {
    VersionDiff diff = compareWithEdited(DocumentType.ACTION_PLAN, Samples.ACTION_PLAN, sample -> sample
        .replace("{\"start\": \"2023-01\", \"end\": \"2024-12\"}", "{\"start\": \"2023-01\", \"end\": \"2025-06\"}"));

    ItemChange tourismForum = diff.lists().get(0).changed().get(0);
    assertThat(tourismForum.key().get("title").asText()).isEqualTo("CICA Tourism Forum");
    assertThat(tourismForum.fields()).containsExactly(change("timeline",
        "{\"end\": \"2024-12\", \"start\": \"2023-01\"}", "{\"end\": \"2025-06\", \"start\": \"2023-01\"}"));
  }

  @Test
  void shouldCompareTheConceptPaperTextLineByLine() {
    VersionDiff diff = compareWithEdited(DocumentType.CONCEPT_PAPER, Samples.TOURISM_CONCEPT_PAPER, sample -> sample
        .replace("[\"AZ\"]", "[\"AZ\", \"KZ\"]")
        .replace("builds confidence.", "builds confidence among Member States.")
        .replace("every year.", "every year.\\nThe paper is reviewed after three years."));

    assertThat(diff.fields()).containsExactly(change("coCoordinators", "[\"AZ\"]", "[\"AZ\", \"KZ\"]"));
    assertThat(diff.texts()).singleElement().satisfies(text -> {
      assertThat(text.field()).isEqualTo("text");
      assertThat(text.changes()).containsExactly(
          new LineChange(LineChangeType.CHANGED, 3, List.of("Tourism brings peoples together and builds confidence."),
              3, List.of("Tourism brings peoples together and builds confidence among Member States.")),
          new LineChange(LineChangeType.ADDED, 6, List.of(), 6, List.of("The paper is reviewed after three years.")));
    });
  }

  @Test
  void shouldShowAFieldThatAppearsWithNothingBefore() {
    String version1 = canonical(DocumentType.CONCEPT_PAPER,
        json("{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR']}"));
    String version2 = canonical(DocumentType.CONCEPT_PAPER,
        json("{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC', 'coordinators': ['TR'], 'text': 'First line'}"));

    VersionDiff diff = comparison.compare(DocumentType.CONCEPT_PAPER, version1, version2);

    assertThat(diff.texts().get(0).changes())
        .containsExactly(new LineChange(LineChangeType.ADDED, 1, List.of(), 1, List.of("First line")));
  }

  @Test
  void shouldFindNoChangeBetweenEqualContent() {
    String version = canonical(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023);

    VersionDiff diff = comparison.compare(DocumentType.CALENDAR_OF_EVENTS, version, version);

    assertThat(diff.identical()).isTrue();
    assertThat(diff.fields()).isEmpty();
    assertThat(diff.lists()).isEmpty();
    assertThat(diff.texts()).isEmpty();
  }

  @Test
  void shouldCompareTwoPlainTextVersionsLineByLine() {
    VersionDiff diff = comparison.compare(DocumentType.CONCEPT_PAPER,
        VersionContent.text("Concept paper on Agriculture\nFood security\nWater use\n"),
        VersionContent.text("Concept paper on Agriculture\nWater use\nDigital farming\n"));

    assertThat(diff.kind()).isEqualTo(Kind.TEXT);
    assertThat(diff.texts().get(0).changes()).containsExactly(
        new LineChange(LineChangeType.REMOVED, 2, List.of("Food security"), 2, List.of()),
        new LineChange(LineChangeType.ADDED, 4, List.of(), 3, List.of("Digital farming")));
  }

  @Test
  void shouldCompareAStructuredVersionWithAPlainTextOneFieldPerLine() {
    VersionContent structured = new VersionContent(null, "application/json",
        canonical(DocumentType.CONCEPT_PAPER, json("{'priorityArea': 'Tourism', 'dimension': 'ECONOMIC',"
            + " 'coordinators': ['TR']}")).getBytes(StandardCharsets.UTF_8));

    VersionDiff diff = comparison.compare(DocumentType.CONCEPT_PAPER, VersionContent.text("Tourism"), structured);

    assertThat(diff.kind()).isEqualTo(Kind.TEXT);
    assertThat(diff.texts().get(0).changes().get(0).after()).contains("  \"priorityArea\" : \"Tourism\"");
  }

  @Test
  void shouldRefuseToCompareFiles() {
    VersionContent pdf = VersionContent.file("budget.pdf", "application/pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> comparison.compare(DocumentType.BUDGET, pdf, VersionContent.text("Budget 2023")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Only text and structured versions can be compared; one of these is a file (application/pdf):"
            + " download both to compare them.");
  }

  @Test
  void shouldSerialiseTheDiffAsJson() throws Exception {
    String version1 = canonical(DocumentType.BUDGET, Samples.BUDGET_2023);
    String version2 = canonical(DocumentType.BUDGET, Samples.BUDGET_2023.replace("1320000.00", "1320000.10"));

    String json = new ObjectMapper().writeValueAsString(comparison.compare(DocumentType.BUDGET, version1, version2));

    assertThat(json).isEqualTo("{\"kind\":\"STRUCTURED\",\"identical\":false,\"fields\":[],\"lists\":[{\"field\":\"lines\","
        + "\"added\":[],\"removed\":[],\"changed\":[{\"key\":{\"category\":\"STAFF\"},\"fields\":[{\"field\":\"amount\","
        + "\"before\":1320000.00,\"after\":1320000.10}]}]}],\"texts\":[]}");
  }

  private String canonical(DocumentType type, String json) {
    return rules.canonical(type, json);
  }

  /** Compares a sample with an edited copy of it, both validated into canonical form first. */
  private VersionDiff compareWithEdited(DocumentType type, String sample, UnaryOperator<String> edit) {
    return comparison.compare(type, canonical(type, sample), canonical(type, edit.apply(sample)));
  }

  private static FieldChange change(String field, String beforeJson, String afterJson) {
    return new FieldChange(field, CanonicalJson.read(beforeJson), CanonicalJson.read(afterJson));
  }
}
