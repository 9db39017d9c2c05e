package org.accord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** config/application.yaml: the demo is on for the embedded default, off on PostgreSQL unless asked for. */
class DemoSwitchTest {

  @Test
  void shouldLoadTheDemoOnTheEmbeddedDefault() {
    assertThat(demoSwitch(null)).isEqualTo("true");
  }

  @Test
  void shouldNotLoadTheDemoOnPostgresql() {
    assertThat(demoSwitch("postgres")).isEqualTo("false");
  }

  @Test
  void shouldLoadTheDemoOnPostgresqlWhenAskedFor() {
    assertThat(demoSwitch("postgres", "--accord.demo=true")).isEqualTo("true");
  }

  /** Reads the switch as Accord would at start, without starting Accord. */
  private static String demoSwitch(String profile, String... arguments) {
    SpringApplicationBuilder application = new SpringApplicationBuilder(NothingToStart.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false);
    if (profile != null) {
      application.profiles(profile);
    }
    try (ConfigurableApplicationContext context = application.run(arguments)) {
      return context.getEnvironment().getProperty("accord.demo");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NothingToStart {}
}
