package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The next symbol a type's pattern suggests, and the patterns config/forum.yaml may hold. */
class SymbolPatternTest {

  private static final SymbolPattern CONCEPT_PAPERS = new SymbolPattern("CICA/SWG/{year}/CP-{n}");

  @Test
  void shouldSuggestTheNextNumberOfTheYearAfterThoseGiven() {
    List<String> given = List.of("CICA/SWG/2026/CP-1", "CICA/SWG/2026/CP-2");

    assertThat(CONCEPT_PAPERS.next(2026, given, symbol -> false)).isEqualTo("CICA/SWG/2026/CP-3");
  }

  @Test
  void shouldStartAgainAtOneInANewYear() {
    List<String> given = List.of("CICA/SWG/2026/CP-1", "CICA/SWG/2026/CP-2");

    assertThat(CONCEPT_PAPERS.next(2027, given, symbol -> false)).isEqualTo("CICA/SWG/2027/CP-1");
  }

  @Test
  void shouldFollowTheHighestNumberAndIgnoreSymbolsThatDoNotFit() {
    // given: a gap (CP-2 never given), a demo symbol by name, another year's CP-9, another body's CP-12
    List<String> given = List.of("CICA/SWG/2026/CP-1", "CICA/SWG/2026/CP-10", "CICA/SWG/2026/CP-TOURISM",
        "CICA/SWG/2025/CP-9", "CICA/SOC/2026/CP-12", "CICA/SWG/2026/CP-3a");

    assertThat(CONCEPT_PAPERS.next(2026, given, symbol -> false)).isEqualTo("CICA/SWG/2026/CP-11");
    assertThat(CONCEPT_PAPERS.next(2026, List.of(), symbol -> false)).isEqualTo("CICA/SWG/2026/CP-1");
  }

  @Test
  void shouldPassOverASymbolAnotherDocumentHolds() {
    Set<String> held = Set.of("CICA/SWG/2026/CP-1", "CICA/SWG/2026/CP-2");

    assertThat(CONCEPT_PAPERS.next(2026, List.of(), held::contains)).isEqualTo("CICA/SWG/2026/CP-3");
  }

  @Test
  void shouldTakeLiteralMarksOfThePatternLiterally() {
    SymbolPattern dotted = new SymbolPattern("CICA.SOC.{year}.BUD-{n}");

    assertThat(dotted.next(2026, List.of("CICAxSOCx2026xBUD-5", "CICA.SOC.2026.BUD-1"), symbol -> false))
        .isEqualTo("CICA.SOC.2026.BUD-2");
  }

  @Test
  void shouldRefuseAPatternWithoutItsNumberOrWithAnUnknownPlaceholder() {
    assertThatThrownBy(() -> new SymbolPattern("CICA/SWG/{year}/CP")).hasMessageContaining("{n} exactly once");
    assertThatThrownBy(() -> new SymbolPattern("CICA/{n}/{n}")).hasMessageContaining("{n} exactly once");
    assertThatThrownBy(() -> new SymbolPattern("CICA/{month}/{n}")).hasMessageContaining("{month}");
  }

  @Test
  void shouldReadThePatternsByTypeAsForumYamlWritesThem() {
    Map<String, String> yaml = Map.of(
        "accord.registration.symbols.concept-paper", "CICA/SWG/{year}/CP-{n}",
        "accord.registration.symbols.staff-matrix", "CICA/SOC/{year}/SM-{n}");

    SymbolPatterns patterns = new Binder(new MapConfigurationPropertySource(yaml))
        .bind("accord.registration", SymbolPatterns.class).get();

    assertThat(patterns.of(DocumentType.CONCEPT_PAPER)).contains(CONCEPT_PAPERS);
    assertThat(patterns.of(DocumentType.STAFF_MATRIX).map(SymbolPattern::text)).contains("CICA/SOC/{year}/SM-{n}");
    assertThat(patterns.of(DocumentType.BUDGET)).isEmpty();
  }
}
