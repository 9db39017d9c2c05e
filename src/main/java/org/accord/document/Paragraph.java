package org.accord.document;

/**
 * One paragraph of a text as negotiators cite it: its number, or none for a heading or an
 * unnumbered preamble of a text that numbers its own paragraphs, and its words.
 */
public record Paragraph(Integer number, String text) {

  public boolean isNumbered() {
    return number != null;
  }

  /** How a position names this paragraph ("¶2"); null when it has no number. */
  public String anchor() {
    return isNumbered() ? Paragraphs.anchor(number) : null;
  }
}
