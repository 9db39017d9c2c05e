package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page a browser test has open: a serious or critical violation of WCAG 2.1 AA (or
 * of axe's best practices) fails the test, naming the rule, the elements and how to fix them.
 */
public final class Accessibility {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  public static void assertNoSeriousViolations(WebDriver browser) {
    Results results = new AxeBuilder()
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
        .analyze(browser);
    List<String> serious = results.getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact()))
        .map(Accessibility::describe)
        .toList();
    assertThat(serious).as("axe-core on %s", browser.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", "));
  }
}
