package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * A brace left open in the one stylesheet does not fail the page: the browser quietly reads every rule
 * after it as part of the open block (once, the whole dashboard's style only applied on phones). Each
 * section of the stylesheet must therefore begin at the top level, and the braces must balance.
 */
class StylesheetTest {

  @Test
  void shouldStartEverySectionAtTheTopLevelAndCloseEveryBlock() throws IOException {
    String css = new ClassPathResource("static/css/accord.css").getContentAsString(StandardCharsets.UTF_8);
    List<String> sectionsInsideABlock = new ArrayList<>();
    int depth = 0;
    int line = 1;
    for (int at = 0; at < css.length(); at++) {
      char c = css.charAt(at);
      if (c == '\n') {
        line++;
      } else if (css.startsWith("/*", at)) {
        int end = css.indexOf("*/", at);
        assertThat(end).as("the comment opened on line %d is closed", line).isPositive();
        if (css.startsWith("/* --", at) && depth > 0) {
          sectionsInsideABlock.add("line " + line + ": " + css.substring(at, css.indexOf('\n', at)));
        }
        line += (int) css.substring(at, end).chars().filter(ch -> ch == '\n').count();
        at = end + 1;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        assertThat(depth).as("a brace on line %d closes nothing", line).isNotNegative();
      }
    }
    assertThat(sectionsInsideABlock).as("sections that begin inside an open block").isEmpty();
    assertThat(depth).as("blocks left open at the end").isZero();
  }
}
