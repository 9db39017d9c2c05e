package org.accord.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as negotiators read it: numbered paragraphs, separated by blank lines. An amendment names
 * the paragraph it concerns by its number ("¶2", as the position form's picker writes it; "2", "§2"
 * or "paragraph 2" typed by hand read the same), so the compilation of amendments can set each
 * proposal beside its paragraph.
 */
public final class Paragraphs {

  private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
  private static final Pattern NUMBERED = Pattern.compile(
      "^\\s*(?:¶|§|para(?:graph)?\\.?|п(?:ункт)?\\.?|абз(?:ац)?\\.?)?\\s*(\\d{1,4})\\s*$");

  private Paragraphs() {}

  /** The paragraphs of a text, in order, trimmed; none for a text without words. */
  public static List<String> of(String text) {
    List<String> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    for (String paragraph : BLANK_LINES.split(text.strip())) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    return paragraphs;
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
