package org.accord.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.SilenceRule;
import org.accord.document.Paragraphs;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;
import org.junit.jupiter.api.Test;

/** The compilation of amendments: each proposal beside the paragraph it names, however it names it. */
class AmendmentCompilationTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2022-12-01T10:00:00Z");
  private static final Round ROUND = new Round(1, 7, 1, 70, 1, null, AT, AT.plusDays(14), null, null, false,
      SilenceRule.NO_OBJECTION, null, null);
  private static final List<Delegation> STATES = List.of(state("CN", "China"), state("IN", "India"),
      state("RU", "Russia"), state("VN", "Viet Nam"));

  @Test
  void shouldSetEachProposalBesideTheParagraphItNamesInTheOrderOfTheStates() {
    // given proposals naming paragraph 2 in three ways, one beyond the text, one naming a part by words
    List<Position> positions = List.of(
        position("VN", PositionKind.RESERVATION, "paragraph 2"),
        position("IN", PositionKind.AMENDMENT, "¶2"),
        position("CN", PositionKind.OBJECTION, "§ 2"),
        position("RU", PositionKind.AMENDMENT, "¶9"));

    // when
    AmendmentCompilation compilation = AmendmentCompilation.of(ROUND, Paragraphs.of("Heading\n\n1. First.\n2. Second.\n3. Third."), positions,
        STATES);

    // then
    assertThat(compilation.paragraphs()).extracting(AmendmentCompilation.Entry::number).containsExactly(1, 2, 3);
    assertThat(compilation.paragraphs()).extracting(AmendmentCompilation.Entry::text)
        .containsExactly("First.", "Second.", "Third.");
    assertThat(compilation.paragraphs().get(1).proposals()).extracting(proposal -> proposal.delegation().code())
        .containsExactly("CN", "IN", "VN");
    assertThat(compilation.paragraphs().get(0).proposals()).isEmpty();
    assertThat(compilation.elsewhere()).extracting(proposal -> proposal.delegation().code()).containsExactly("RU");
    assertThat(compilation.isEmpty()).isFalse();
  }

  @Test
  void shouldLeaveAgreementsWithoutWordsOutOfTheCompilation() {
    AmendmentCompilation compilation = AmendmentCompilation.of(ROUND, Paragraphs.of("First."),
        List.of(position("IN", PositionKind.NO_OBJECTION, "¶1"), position("CN", PositionKind.NO_OBJECTION, null)), STATES);

    assertThat(compilation.isEmpty()).isTrue();
    assertThat(compilation.elsewhere()).isEmpty();
  }

  @Test
  void shouldListEveryProposalAsNamingNoParagraphForATable() {
    // given a budget: no paragraphs at all
    AmendmentCompilation compilation = AmendmentCompilation.of(ROUND, List.of(),
        List.of(position("IN", PositionKind.AMENDMENT, "¶1"), position("CN", PositionKind.OBJECTION, "line STAFF")), STATES);

    assertThat(compilation.paragraphs()).isEmpty();
    assertThat(compilation.elsewhere()).extracting(proposal -> proposal.delegation().code()).containsExactly("CN", "IN");
  }

  private static Position position(String state, PositionKind kind, String anchor) {
    return new Position(state.hashCode(), ROUND.id(), state, kind, kind == PositionKind.NO_OBJECTION ? null : "Text of " + state,
        anchor, false, state.toLowerCase() + ".delegate1", AT, null);
  }

  private static Delegation state(String code, String name) {
    return new Delegation(code, name, DelegationKind.MEMBER_STATE, "delegation-" + code.toLowerCase());
  }
}
