package org.accord.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.accord.document.Document;
import org.accord.document.Paragraph;
import org.accord.document.Paragraphs;
import org.accord.forum.Delegation;

/**
 * What the position section shows the signed-in user: their delegation's part in the latest round
 * and, while it is open, the form. Its methods are public because templates call them.
 *
 * @param delegation the member state the user speaks for; null for observers, chairs, the Secretariat
 * @param stand the delegation's part in the latest round; null before the first round (or when the
 *     user speaks for no member state)
 * @param paragraphs the picker's choices, read only when the form is shown
 */
record PositionSection(Document document, Delegation delegation, Negotiation.DelegationInRound stand,
    List<ParagraphChoice> paragraphs) {

  /** One choice of the paragraph picker: the anchor a position stores, and how the picker shows it. */
  record ParagraphChoice(String anchor, String label) {}

  /** How many words of a paragraph the picker shows beside its number. */
  private static final int FIRST_WORDS = 8;

  public boolean speaksForMemberState() {
    return delegation != null;
  }

  public boolean roundOpen() {
    return stand != null && stand.round().isOpen();
  }

  /** The form is offered to a member state's delegate while the round is open. */
  public boolean mayGive() {
    return speaksForMemberState() && roundOpen();
  }

  /** Whether the delegation has a position in the round already: the form then changes it. */
  public boolean given() {
    return stand != null && stand.position() != null;
  }

  public Position position() {
    return stand == null ? null : stand.position();
  }

  public Round round() {
    return stand == null ? null : stand.round();
  }

  /** The statements before the one that stands, newest first: how the position got where it is. */
  public List<PositionChange> earlier() {
    if (stand == null || stand.statements().size() < 2) {
      return List.of();
    }
    List<PositionChange> earlier = new ArrayList<>(stand.statements().subList(0, stand.statements().size() - 1));
    Collections.reverse(earlier);
    return earlier;
  }

  /** Who last stated the position, and when: the last entry of the round's record. */
  public PositionChange lastStatement() {
    return stand == null || stand.statements().isEmpty() ? null
        : stand.statements().get(stand.statements().size() - 1);
  }

  public List<PositionKind> kinds() {
    return Arrays.asList(PositionKind.values());
  }

  /**
   * The picker's choices: each numbered paragraph with its first words, and an anchor typed by hand
   * through the API that names no paragraph of the text ("the preamble") kept as a choice of its own,
   * so changing the kind never loses it.
   */
  static List<ParagraphChoice> choices(List<Paragraph> paragraphs, String currentAnchor) {
    List<ParagraphChoice> choices = new ArrayList<>();
    for (Paragraph paragraph : Paragraphs.numbered(paragraphs)) {
      choices.add(new ParagraphChoice(paragraph.anchor(), paragraph.anchor() + " — " + firstWords(paragraph.text())));
    }
    if (currentAnchor != null && !currentAnchor.isBlank()
        && choices.stream().noneMatch(choice -> choice.anchor().equals(picked(choices, currentAnchor)))) {
      choices.add(new ParagraphChoice(currentAnchor, currentAnchor));
    }
    return choices;
  }

  /** The picker's choice for an anchor: "paragraph 2", typed by hand, is ¶2 when the text has a second paragraph. */
  public String picked(String anchor) {
    return picked(paragraphs, anchor);
  }

  private static String picked(List<ParagraphChoice> choices, String anchor) {
    return Paragraphs.numberOf(anchor).map(Paragraphs::anchor)
        .filter(numbered -> choices.stream().anyMatch(choice -> choice.anchor().equals(numbered)))
        .orElse(anchor);
  }

  static String firstWords(String paragraph) {
    String[] words = paragraph.strip().split("\\s+");
    if (words.length <= FIRST_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", Arrays.copyOf(words, FIRST_WORDS)) + "…";
  }
}
