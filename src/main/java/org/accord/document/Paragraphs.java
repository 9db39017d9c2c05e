package org.accord.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as negotiators read it: paragraphs separated by blank lines, or each opening with its own
 * number ("2. The member states ..."), as drafts of the forum are written. When a text numbers its
 * paragraphs, those numbers are the ones cited, and what precedes the first of them (the title, a
 * preamble) has none; a text that numbers nothing is numbered from 1. An amendment names the
 * paragraph it concerns by its number ("¶2", as the position form's picker writes it; "2", "§2" or
 * "paragraph 2" typed by hand read the same), so the compilation of amendments can set each proposal
 * beside its paragraph.
 */
public final class Paragraphs {

  private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
  private static final Pattern LINE = Pattern.compile("\\R");
  /** A line opening a paragraph of its own: "2. ..." or "2) ...". */
  private static final Pattern OWN_NUMBER = Pattern.compile("^(\\d{1,4})[.)]\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern NUMBERED = Pattern.compile(
      "^\\s*(?:¶|§|para(?:graph)?\\.?|п(?:ункт)?\\.?|абз(?:ац)?\\.?)?\\s*(\\d{1,4})\\s*$");

  private Paragraphs() {}

  /** The paragraphs of a text, in order, trimmed; none for a text without words. */
  public static List<Paragraph> of(String text) {
    List<String> pieces = pieces(text);
    List<Paragraph> ownNumbers = byOwnNumbers(pieces);
    if (ownNumbers != null) {
      return ownNumbers;
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String block : blocks(text)) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, block));
    }
    return paragraphs;
  }

  /** The numbered paragraphs alone: those a position can name. */
  public static List<Paragraph> numbered(List<Paragraph> paragraphs) {
    return paragraphs.stream().filter(Paragraph::isNumbered).toList();
  }

  private static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    if (text != null) {
      for (String block : BLANK_LINES.split(text.strip())) {
        if (!block.isBlank()) {
          blocks.add(block.strip());
        }
      }
    }
    return blocks;
  }

  /** The blocks, each cut again before every line that opens with a number. */
  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    for (String block : blocks(text)) {
      StringBuilder piece = new StringBuilder();
      for (String line : LINE.split(block)) {
        if (OWN_NUMBER.matcher(line.strip()).matches() && !piece.isEmpty()) {
          pieces.add(piece.toString().strip());
          piece.setLength(0);
        }
        piece.append(piece.isEmpty() ? "" : "\n").append(line.strip());
      }
      pieces.add(piece.toString().strip());
    }
    return pieces;
  }

  /**
   * The paragraphs by the text's own numbers, when it numbers them in increasing order (what
   * precedes the first has no number); null when it numbers none, or numbers in a way no one could cite (a list restarting at 1 inside a paragraph).
   */
  private static List<Paragraph> byOwnNumbers(List<String> pieces) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int last = 0;
    for (String piece : pieces) {
      Matcher own = OWN_NUMBER.matcher(piece);
      if (own.matches()) {
        int number = Integer.parseInt(own.group(1));
        if (number <= last) {
          return null;
        }
        last = number;
        paragraphs.add(new Paragraph(number, own.group(2).strip()));
      } else if (last == 0) {
        paragraphs.add(new Paragraph(null, piece));
      } else {
        // Unnumbered words after a numbered paragraph (its items, set apart by blank lines) belong to it.
        Paragraph previous = paragraphs.remove(paragraphs.size() - 1);
        paragraphs.add(new Paragraph(previous.number(), previous.text() + "\n\n" + piece));
      }
    }
    return last == 0 ? null : paragraphs;
  }

  /** How a position names paragraph {@code number}. */
  public static String anchor(int number) {
    return "¶" + number;
  }

  /** The paragraph an anchor names, when it names one by its number. */
  public static Optional<Integer> numberOf(String anchor) {
    if (anchor == null) {
      return Optional.empty();
    }
    Matcher numbered = NUMBERED.matcher(anchor.toLowerCase(Locale.ROOT));
    return numbered.matches() ? Optional.of(Integer.parseInt(numbered.group(1))) : Optional.empty();
  }
}
