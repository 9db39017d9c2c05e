package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paragraphs as negotiators number them, and the anchors that name them. */
class ParagraphsTest {

  @Test
  void shouldNumberTheParagraphsSeparatedByBlankLinesWhenTheTextNumbersNone() {
    assertThat(Paragraphs.of("Tourism builds trust.\r\n\r\n  Visas are eased.\nAnd fees cut.\n\n\n \nReviewed yearly. "))
        .containsExactly(new Paragraph(1, "Tourism builds trust."), new Paragraph(2, "Visas are eased.\nAnd fees cut."),
            new Paragraph(3, "Reviewed yearly."));
    assertThat(Paragraphs.of("  \n ")).isEmpty();
    assertThat(Paragraphs.of(null)).isEmpty();
  }

  @Test
  void shouldKeepTheTextsOwnNumbersOneParagraphALineAndLeaveItsTitleUnnumbered() {
    // given a draft as the forum writes them: a title, then numbered paragraphs on consecutive lines
    String draft = """
        CICA Concept Paper on the priority area "Energy"

        1. Reliable energy underpins development.
        2. The member states will exchange experience.
        It goes on here.
        3) Measures:

        (a) an expert meeting every year;

        (b) a database of programmes.
        """;

    assertThat(Paragraphs.of(draft)).containsExactly(
        new Paragraph(null, "CICA Concept Paper on the priority area \"Energy\""),
        new Paragraph(1, "Reliable energy underpins development."),
        new Paragraph(2, "The member states will exchange experience.\nIt goes on here."),
        new Paragraph(3, "Measures:\n\n(a) an expert meeting every year;\n\n(b) a database of programmes."));
    assertThat(Paragraphs.numbered(Paragraphs.of(draft))).extracting(Paragraph::anchor)
        .containsExactly("¶1", "¶2", "¶3");
  }

  @Test
  void shouldKeepNumbersThatSkipAndNumberByBlocksWhenTheNumbersCannotBeCited() {
    assertThat(Paragraphs.of("4. Fourth.\n7. Seventh.")).extracting(Paragraph::number).containsExactly(4, 7);
    // a list restarting at 1 inside the second paragraph: the text's numbers would name two paragraphs alike
    assertThat(Paragraphs.of("1. Goals:\n\n2. Steps:\n1. plan\n2. act")).extracting(Paragraph::number)
        .containsExactly(1, 2);
    assertThat(Paragraphs.of("1. Goals:\n\n2. Steps:\n1. plan\n2. act").get(1).text()).isEqualTo("2. Steps:\n1. plan\n2. act");
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
