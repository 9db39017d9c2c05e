package org.accord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a browser test does when the browser is missing. Accord's browser tests drive Debian's
 * headless Chromium and its driver (packages {@code chromium} and {@code chromium-driver}).
 *
 * <p>On a developer's machine without them the browser tests are skipped, with a warning in the
 * build output. In CI they are required, and a missing browser fails the build: a green build must
 * not hide pages nobody clicked through. Required means {@code ACCORD_BROWSER_TESTS=required} (what
 * {@code .ci/run} sets) or, when that variable is unset, {@code CI=true} (what most CI services set);
 * {@code ACCORD_BROWSER_TESTS=optional} lets a run skip them anyway.
 *
 * <p>Call {@link #requireChromium()} first thing, in a {@code @BeforeAll}, and start the browser
 * from {@link #CHROMIUM} and {@link #CHROMEDRIVER} so that Selenium never downloads one.
 */
public final class BrowserTests {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final Logger log = LoggerFactory.getLogger(BrowserTests.class);

  private BrowserTests() {}

  /**
   * Returns when Chromium and ChromeDriver are installed; otherwise fails the calling test class
   * where browser tests are required, and skips it, with a warning, where they are not.
   */
  public static void requireChromium() {
    List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String problem = "Browser tests need Chromium and ChromeDriver, and "
        + missing.stream().map(Path::toString).collect(Collectors.joining(" and "))
        + (missing.size() == 1 ? " is" : " are") + " missing (apt-get install chromium chromium-driver).";
    if (required(System::getenv)) {
      throw new AssertionError(problem + " This run requires browser tests (ACCORD_BROWSER_TESTS=required or CI=true),"
          + " so they fail instead of being skipped.");
    }
    log.warn("BROWSER TESTS SKIPPED: {} They are required in CI, where a missing browser fails the build.", problem);
    Assumptions.abort(problem);
  }

  /** Whether a missing browser fails the run, read from the environment given. */
  static boolean required(UnaryOperator<String> environment) {
    String setting = environment.apply("ACCORD_BROWSER_TESTS");
    if (setting == null || setting.isBlank()) {
      return "true".equalsIgnoreCase(environment.apply("CI"));
    }
    return switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "required" -> true;
      case "optional" -> false;
      default -> throw new IllegalStateException(
          "ACCORD_BROWSER_TESTS is '" + setting + "'; it must be 'required' or 'optional'.");
    };
  }
}
