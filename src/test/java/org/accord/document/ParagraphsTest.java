package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paragraphs as negotiators number them, and the anchors that name them. */
class ParagraphsTest {

  @Test
  void shouldNumberTheParagraphsSeparatedByBlankLines() {
    assertThat(Paragraphs.of("1. Tourism builds trust.\r\n\r\n  2. Visas are eased.\nAnd fees cut.\n\n\n \n3. Reviewed yearly. "))
        .containsExactly("1. Tourism builds trust.", "2. Visas are eased.\nAnd fees cut.", "3. Reviewed yearly.");
    assertThat(Paragraphs.of("  \n ")).isEmpty();
    assertThat(Paragraphs.of(null)).isEmpty();
  }

  @Test
  void shouldReadTheParagraphAnAnchorNamesHoweverItIsWritten() {
    assertThat(Paragraphs.numberOf(Paragraphs.anchor(2))).contains(2);
    assertThat(Paragraphs.numberOf("§ 12")).contains(12);
    assertThat(Paragraphs.numberOf("Paragraph 3")).contains(3);
    assertThat(Paragraphs.numberOf("п. 4")).contains(4);
    assertThat(Paragraphs.numberOf("7")).contains(7);
    assertThat(Paragraphs.numberOf("the preamble")).isEmpty();
    assertThat(Paragraphs.numberOf(null)).isEmpty();
  }
}
