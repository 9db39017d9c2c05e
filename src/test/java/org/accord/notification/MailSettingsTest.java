package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void shouldDoubleTheWaitAfterEachFailureUpToTheLongestWait() {
    MailSettings settings = OutboxDatabase.settings(10);

    assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.retryAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(settings.retryAfter(500)).isEqualTo(Duration.ofHours(1));
  }
}
