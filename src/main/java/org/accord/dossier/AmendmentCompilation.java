package org.accord.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.document.Paragraph;
import org.accord.document.Paragraphs;
import org.accord.forum.Delegation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;

/**
 * The compilation of amendments: each paragraph of the version a round circulated, beside what the
 * delegations proposed or stated on it (amendments, objections, reservations), in the order of the
 * text; then what names no paragraph of it. Negotiators read a draft this way. Its methods are public
 * because templates call them.
 */
record AmendmentCompilation(Round round, List<Entry> paragraphs, List<Proposal> elsewhere) {

  /** Paragraph {@code number} of the circulated text and the proposals that name it. */
  record Entry(int number, String text, List<Proposal> proposals) {}

  /** A delegation's position, as the compilation lists it. */
  record Proposal(Delegation delegation, Position position) {

    public boolean isBlocking() {
      return position.kind().blocksConsensus();
    }
  }

  /**
   * @param paragraphs the paragraphs of the version the round circulated; those without a number (a title)
   *     are left out, since no proposal can name them
   * @param memberStates the member states, in the order proposals on one paragraph are listed
   */
  static AmendmentCompilation of(Round round, List<Paragraph> paragraphs, List<Position> positions,
      List<Delegation> memberStates) {
    List<Paragraph> numbered = Paragraphs.numbered(paragraphs);
    Set<Integer> numbers = numbered.stream().map(Paragraph::number).collect(Collectors.toSet());
    Map<Integer, List<Proposal>> byParagraph = new LinkedHashMap<>();
    List<Proposal> elsewhere = new ArrayList<>();
    for (Delegation state : memberStates) {
      positions.stream()
          .filter(position -> position.delegationCode().equals(state.code()))
          .filter(position -> position.kind() != PositionKind.NO_OBJECTION)
          .forEach(position -> {
            Optional<Integer> number = Paragraphs.numberOf(position.anchor())
                .filter(numbers::contains);
            Proposal proposal = new Proposal(state, position);
            number.ifPresentOrElse(n -> byParagraph.computeIfAbsent(n, none -> new ArrayList<>()).add(proposal),
                () -> elsewhere.add(proposal));
          });
    }
    List<Entry> entries = new ArrayList<>();
    for (Paragraph paragraph : numbered) {
      entries.add(new Entry(paragraph.number(), paragraph.text(),
          byParagraph.getOrDefault(paragraph.number(), List.of())));
    }
    return new AmendmentCompilation(round, entries, elsewhere);
  }

  public boolean isEmpty() {
    return elsewhere.isEmpty() && paragraphs.stream().allMatch(entry -> entry.proposals().isEmpty());
  }
}
