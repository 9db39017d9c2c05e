package org.accord.document.content;

import static org.accord.document.content.Samples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.accord.document.DocumentType;
import org.accord.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentRulesTest {

  private final ContentRules rules = new ContentRules(ForumFixture.forum());

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(DocumentType.CONCEPT_PAPER, Samples.TOURISM_CONCEPT_PAPER),
        Arguments.of(DocumentType.ACTION_PLAN, Samples.ACTION_PLAN),
        Arguments.of(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023),
        Arguments.of(DocumentType.BUDGET, Samples.BUDGET_2023),
        Arguments.of(DocumentType.STAFF_MATRIX, Samples.STAFF_MATRIX_2023));
  }

  @Test
  void shouldWriteTheTourismConceptPaperInCanonicalForm() {
    String canonical = rules.canonical(DocumentType.CONCEPT_PAPER, Samples.TOURISM_CONCEPT_PAPER);

    assertThat(canonical).isEqualTo("{\"coCoordinators\":[\"AZ\"],\"coordinators\":[\"TR\"],"
        + "\"dimension\":\"ECONOMIC\",\"priorityArea\":\"Tourism\",\"text\":\"CICA Concept Paper on Tourism\\n\\n"
        + "Tourism brings peoples together and builds confidence.\\nMember States will exchange best practices on "
        + "sustainable tourism.\\nThe coordinators will report to the SOC every year.\"}");
  }

  @Test
  void shouldAcceptTheActionPlanWithItsMeasuresAndTimelines() {
    String canonical = rules.canonical(DocumentType.ACTION_PLAN, Samples.ACTION_PLAN);

    assertThat(canonical).startsWith("{\"measures\":[{\"coordinators\":[\"AZ\",\"TR\"],\"dimension\":\"ECONOMIC\","
        + "\"priorityArea\":\"Tourism\",\"timeline\":{\"end\":\"2024-12\",\"start\":\"2023-01\"},"
        + "\"title\":\"CICA Tourism Forum\"}");
    assertThat(canonical).contains("\"description\":\"Expert meetings and a compendium of good practices.\"");
  }

  @Test
  void shouldAcceptTheCalendarOfEventsFor2023() {
    String canonical = rules.canonical(DocumentType.CALENDAR_OF_EVENTS, Samples.CALENDAR_2023);

    assertThat(canonical).startsWith("{\"events\":[{\"end\":\"2023-04-12\",\"format\":\"IN_PERSON\","
        + "\"hostState\":\"KZ\",\"start\":\"2023-04-11\",\"title\":\"Meeting of the Special Working Group\"}");
    assertThat(canonical).endsWith("\"year\":2023}");
    assertThat(rules.calendar(canonical).events()).hasSize(7);
  }

  @Test
  void shouldGiveEveryBudgetAmountTwoDecimals() {
    String canonical = rules.canonical(DocumentType.BUDGET, Samples.BUDGET_2023);

    assertThat(canonical).contains(
        "{\"amount\":1320000.00,\"category\":\"STAFF\",\"currency\":\"USD\"}",
        "{\"amount\":180000.00,\"category\":\"OFFICIAL_TRAVEL\",\"currency\":\"USD\"}",
        "{\"amount\":250000.50,\"category\":\"EVENTS\",\"currency\":\"USD\"}");
  }

  @Test
  void shouldAcceptTheStaffMatrixWithoutAnyDerivedField() {
    String canonical = rules.canonical(DocumentType.STAFF_MATRIX, Samples.STAFF_MATRIX_2023);

    assertThat(canonical).startsWith("{\"currency\":\"USD\",\"posts\":[{\"annualCost\":180000.00,\"grade\":\"SG\","
        + "\"number\":1,\"title\":\"Secretary General\"}");
    assertThat(canonical).doesNotContain("key", "cost\":");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void shouldGiveTheSameCanonicalFormWhateverTheKeyOrderAndWhitespace(DocumentType type, String json)
      throws Exception {
    String reordered = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(reversedKeys(new ObjectMapper().readTree(json)));

    assertThat(reordered).isNotEqualTo(json);
    assertThat(rules.canonical(type, reordered)).isEqualTo(rules.canonical(type, json));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void shouldKeepTheCanonicalFormWhenItIsValidatedAgain(DocumentType type, String json) {
    String canonical = rules.canonical(type, json);

    assertThat(rules.canonical(type, canonical)).isEqualTo(canonical);
  }

  @Test
  void shouldNormalizeCodesTextsAndSetsOfStates() {
    String loose = json("""
        {'priorityArea': '  Tourism \\n and   travel ', 'dimension': 'military-political',
         'coordinators': ['tr', ' KZ'], 'coCoordinators': null, 'text': 'Line one\\r\\nLine two'}
        """);

    assertThat(rules.canonical(DocumentType.CONCEPT_PAPER, loose)).isEqualTo("{\"coCoordinators\":[],"
        + "\"coordinators\":[\"KZ\",\"TR\"],\"dimension\":\"MILITARY_POLITICAL\",\"priorityArea\":\"Tourism and travel\","
        + "\"text\":\"Line one\\nLine two\"}");
  }

  @Test
  void shouldNormalizeBudgetCategoriesCurrenciesAndAmountsWrittenWithExponents() {
    String loose = json("{'year': 2023, 'lines': [{'category': 'official travel', 'amount': 1.8e5, 'currency': 'usd'}]}");

    assertThat(rules.canonical(DocumentType.BUDGET, loose))
        .isEqualTo("{\"lines\":[{\"amount\":180000.00,\"category\":\"OFFICIAL_TRAVEL\",\"currency\":\"USD\"}],\"year\":2023}");
  }

  @Test
  void shouldGiveTheBudgetStaffLineAndTheStaffMatrixTotalThatAgree() {
    Money staffLine = rules.staffLine(Samples.BUDGET_2023);
    Money staffTotal = rules.staffTotal(Samples.STAFF_MATRIX_2023);

    assertThat(staffLine).isEqualTo(new Money(new BigDecimal("1320000.00"), "USD"));
    assertThat(staffTotal).isEqualTo(staffLine);
  }

  @Test
  void shouldCountEveryPostOfAGradeInTheStaffTotal() {
    String matrix = json("{'year': 2023, 'currency': 'EUR', 'posts': ["
        + "{'title': 'Counsellor', 'grade': 'p-5', 'number': 3, 'annualCost': 100000.10},"
        + "{'title': 'Driver', 'grade': 'G-3', 'number': 1, 'annualCost': 0.05}]}");

    assertThat(rules.staffTotal(matrix)).isEqualTo(new Money(new BigDecimal("300000.35"), "EUR"));
  }

  @Test
  void shouldRefuseAStaffLineFromABudgetWithoutOne() {
    String budget = json("{'year': 2023, 'lines': [{'category': 'PREMISES', 'amount': 95000, 'currency': 'USD'}]}");

    assertThatThrownBy(() -> rules.staffLine(budget))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The budget has no staff line (a line with category STAFF).");
  }

  @Test
  void shouldRefuseStaffFiguresFromInvalidContent() {
    assertThatThrownBy(() -> rules.staffTotal(json("{'year': 2023, 'posts': []}")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency is missing.");
  }

  private static JsonNode reversedKeys(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.reverse(names);
      ObjectNode reversed = new ObjectMapper().createObjectNode();
      names.forEach(name -> reversed.set(name, reversedKeys(node.get(name))));
      return reversed;
    }
    if (node.isArray()) {
      var array = new ObjectMapper().createArrayNode();
      node.forEach(element -> array.add(reversedKeys(element)));
      return array;
    }
    return node;
  }
}
