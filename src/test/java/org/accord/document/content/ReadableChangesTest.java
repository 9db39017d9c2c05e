package org.accord.document.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.document.Dimension;
import org.accord.document.DocumentType;
import org.accord.document.VersionChanges;
import org.accord.document.VersionChanges.LineChange;
import org.accord.document.VersionChanges.Piece;
import org.accord.document.VersionChanges.TextEdit;
import org.accord.document.VersionContent;
import org.junit.jupiter.api.Test;

/** The comparison of two versions as a person reads it: words marked in a reworded line, codes named, items by key. */
class ReadableChangesTest {

  private final ContentRules rules = new ContentRules(ForumFixture.forum());
  private final VersionComparison comparison = new VersionComparison();

  @Test
  void shouldMarkTheWordsInsertedInARewordedLine() {
    // when version 2 inserts words in the second line and adds a line
    VersionChanges changes = comparison.changes(DocumentType.CONCEPT_PAPER, 1,
        VersionContent.text("Tourism builds confidence.\nMember States will exchange experience.\n"), 2,
        VersionContent.text("Tourism builds confidence.\nMember States will exchange experience in sustainable tourism.\n"
            + "The coordinators report every year.\n"));

    // then
    assertThat(changes.structured()).isFalse();
    LineChange change = changes.texts().get(0).changes().get(0);
    assertThat(change.fromLine()).isEqualTo(2);
    assertThat(change.lines()).hasSize(2);
    assertThat(change.lines().get(0)).containsExactly(
        new Piece(TextEdit.KEPT, "Member States will exchange experience"),
        new Piece(TextEdit.INSERTED, " in sustainable tourism"),
        new Piece(TextEdit.KEPT, "."));
    assertThat(change.lines().get(1)).containsExactly(new Piece(TextEdit.INSERTED, "The coordinators report every year."));
  }

  @Test
  void shouldShowALineRewrittenFromEndToEndRemovedAndAddedWhole() {
    VersionChanges changes = comparison.changes(DocumentType.CONCEPT_PAPER, 1, VersionContent.text("Visas are eased.\n"),
        2, VersionContent.text("Fees for tour groups fall by half.\n"));

    assertThat(changes.texts().get(0).changes().get(0).lines()).containsExactly(
        List.of(new Piece(TextEdit.DELETED, "Visas are eased.")),
        List.of(new Piece(TextEdit.INSERTED, "Fees for tour groups fall by half.")));
  }

  @Test
  void shouldNameCodesAndItemsOfStructuredVersions() {
    // given version 2 moves the paper to the human dimension and adds a co-coordinator
    String before = rules.canonical(DocumentType.CONCEPT_PAPER, Samples.TOURISM_CONCEPT_PAPER);
    String after = rules.canonical(DocumentType.CONCEPT_PAPER, Samples.TOURISM_CONCEPT_PAPER
        .replace("\"ECONOMIC\"", "\"HUMAN\"").replace("[\"AZ\"]", "[\"AZ\", \"KZ\"]"));

    // when
    VersionChanges changes = comparison.changes(DocumentType.CONCEPT_PAPER, 1, VersionContent.data(before), 2,
        VersionContent.data(after));

    // then
    assertThat(changes.structured()).isTrue();
    assertThat(changes.fields()).extracting(VersionChanges.FieldChange::field).containsExactly("coCoordinators", "dimension");
    assertThat(changes.fields().get(0).after().text()).isEqualTo("AZ, KZ");
    assertThat(changes.fields().get(1).before().code()).isEqualTo(Dimension.ECONOMIC);
    assertThat(changes.fields().get(1).after().code()).isEqualTo(Dimension.HUMAN);
  }

  @Test
  void shouldNameListItemsByTheirKey() {
    // given version 2 raises the staff line and adds a line for events
    String before = rules.canonical(DocumentType.BUDGET, Samples.BUDGET_2023);
    String after = rules.canonical(DocumentType.BUDGET, Samples.BUDGET_2023.replace("1320000.00", "1330000.00")
        .replace("\"lines\": [", "\"lines\": [{\"category\": \"TRAINING\", \"amount\": 5000, \"currency\": \"USD\"},"));

    // when
    VersionChanges changes = comparison.changes(DocumentType.BUDGET, 1, VersionContent.data(before), 2,
        VersionContent.data(after));

    // then
    VersionChanges.ListChange lines = changes.lists().get(0);
    assertThat(lines.added()).singleElement().satisfies(item -> {
      assertThat(item.label()).isEqualTo("TRAINING");
      assertThat(item.fields()).extracting(field -> field.value().text()).containsExactly("5000.00", "TRAINING", "USD");
    });
    assertThat(lines.changed()).singleElement().satisfies(item -> {
      assertThat(item.label()).isEqualTo("STAFF");
      assertThat(item.fields()).singleElement().satisfies(field -> {
        assertThat(field.before().text()).isEqualTo("1320000.00");
        assertThat(field.after().text()).isEqualTo("1330000.00");
      });
    });
  }
}
