package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's query on H2 with Accord's migrations: each filter narrows to exactly its documents. */
class DocumentLibraryQueryTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2022, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private final DocumentTables tables = new DocumentTables();

  @BeforeEach
  void givenDocumentsOfTwoYears() {
    tables.add(DocumentType.CONCEPT_PAPER, "Concept paper on the CICA priority area \"Energy\"", "CICA/SWG/2022/CP-ENERGY",
        "KZ", DocumentStatus.IN_NEGOTIATION, T0, T0.plusDays(3));
    tables.add(DocumentType.CONCEPT_PAPER, "Concept paper on Tourism", "CICA/SWG/2022/CP-TOURISM", "IN",
        DocumentStatus.ADOPTED, T0, T0.plusDays(5));
    tables.add(DocumentType.BUDGET, "Budget of the Secretariat for 2023", "CICA/SOC/2022/BUDGET", "SEC",
        DocumentStatus.ADOPTED, T0, T0.plusDays(1));
    // 20:00 UTC on New Year's Eve is already 2023 in Almaty, where the forum counts its years
    tables.add(DocumentType.ACTION_PLAN, "Action plan 100% on energy_saving", null, "KZ",
        DocumentStatus.AWAITING_REGISTRATION, OffsetDateTime.of(2022, 12, 31, 20, 0, 0, 0, ZoneOffset.UTC), T0.plusDays(9));
  }

  @Test
  void shouldListEveryDocumentLastChangedFirstWithoutAFilter() {
    assertThat(symbols(DocumentFilter.ALL)).containsExactly(null, "CICA/SWG/2022/CP-TOURISM",
        "CICA/SWG/2022/CP-ENERGY", "CICA/SOC/2022/BUDGET");
    assertThat(tables.count(DocumentFilter.ALL)).isEqualTo(4);
  }

  @Test
  void shouldFindTextInTheTitleOrTheSymbolInAnyCase() {
    assertThat(symbols(text("ENERGY"))).containsExactly(null, "CICA/SWG/2022/CP-ENERGY");
    assertThat(symbols(text("cp-tour"))).containsExactly("CICA/SWG/2022/CP-TOURISM");
    assertThat(tables.count(text("energy"))).isEqualTo(2);
  }

  @Test
  void shouldTakeTheWildcardsOfLikeLiterally() {
    assertThat(titles(text("100%"))).containsExactly("Action plan 100% on energy_saving");
    assertThat(titles(text("energy_s"))).containsExactly("Action plan 100% on energy_saving");
    assertThat(tables.count(text("y_s%"))).isZero();
    assertThat(tables.count(text("energy%saving"))).isZero();
    assertThat(tables.count(text("%"))).isEqualTo(1);
    assertThat(tables.count(text("_"))).isEqualTo(1);
  }

  @Test
  void shouldNarrowByTypeStatusCoordinatorAndYearOfCreationInTheForumsZone() {
    assertThat(symbols(new DocumentFilter(DocumentType.CONCEPT_PAPER, null, null, null, null)))
        .containsExactly("CICA/SWG/2022/CP-TOURISM", "CICA/SWG/2022/CP-ENERGY");
    assertThat(symbols(new DocumentFilter(null, DocumentStatus.ADOPTED, null, null, null)))
        .containsExactly("CICA/SWG/2022/CP-TOURISM", "CICA/SOC/2022/BUDGET");
    assertThat(symbols(new DocumentFilter(null, null, null, "KZ", null))).containsExactly(null, "CICA/SWG/2022/CP-ENERGY");
    assertThat(symbols(new DocumentFilter(null, null, 2022, null, null)))
        .containsExactly("CICA/SWG/2022/CP-TOURISM", "CICA/SWG/2022/CP-ENERGY", "CICA/SOC/2022/BUDGET");
    assertThat(titles(new DocumentFilter(null, null, 2023, null, null))).containsExactly("Action plan 100% on energy_saving");
    assertThat(tables.count(new DocumentFilter(null, null, 2021, null, null))).isZero();
  }

  @Test
  void shouldCombineTheFilters() {
    DocumentFilter filter = new DocumentFilter(DocumentType.CONCEPT_PAPER, DocumentStatus.ADOPTED, 2022, "IN", "tour");
    assertThat(symbols(filter)).containsExactly("CICA/SWG/2022/CP-TOURISM");
    assertThat(tables.count(new DocumentFilter(DocumentType.CONCEPT_PAPER, DocumentStatus.ADOPTED, 2022, "KZ", null)))
        .isZero();
  }

  @Test
  void shouldPageTheSameOrder() {
    assertThat(tables.find(DocumentFilter.ALL, 0, 3)).hasSize(3);
    assertThat(tables.find(DocumentFilter.ALL, 3, 3)).extracting(Document::symbol).containsExactly("CICA/SOC/2022/BUDGET");
  }

  private static DocumentFilter text(String text) {
    return new DocumentFilter(null, null, null, null, text);
  }

  private List<String> symbols(DocumentFilter filter) {
    return tables.find(filter, 0, 25).stream().map(Document::symbol).toList();
  }

  private List<String> titles(DocumentFilter filter) {
    return tables.find(filter, 0, 25).stream().map(Document::title).toList();
  }
}
