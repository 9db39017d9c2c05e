package org.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a missing browser fails the build, and when it only skips the browser tests. */
class BrowserTestsTest {

  @Test
  void shouldRequireBrowserTestsWhenCiAsksForThem() {
    assertThat(BrowserTests.required(Map.of("ACCORD_BROWSER_TESTS", "required")::get)).isTrue();
    assertThat(BrowserTests.required(Map.of("CI", "true")::get)).isTrue();
    assertThat(BrowserTests.required(Map.of("CI", "TRUE")::get)).isTrue();
  }

  @Test
  void shouldLetADevelopersRunSkipThemWithoutABrowser() {
    assertThat(BrowserTests.required(Map.<String, String>of()::get)).isFalse();
    assertThat(BrowserTests.required(Map.of("CI", "false")::get)).isFalse();
    assertThat(BrowserTests.required(Map.of("CI", "true", "ACCORD_BROWSER_TESTS", "optional")::get)).isFalse();
  }

  @Test
  void shouldRefuseASettingItDoesNotKnow() {
    assertThatThrownBy(() -> BrowserTests.required(Map.of("ACCORD_BROWSER_TESTS", "yes")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ACCORD_BROWSER_TESTS is 'yes'; it must be 'required' or 'optional'.");
  }
}
