package org.accord.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.accord.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The exact expiry the SOC Chair gives a silence procedure: at least a minute and at most 90 days ahead. */
class CirculationTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2022-12-13T09:00:00Z");

  @Test
  void shouldAcceptAnExpiryBetweenAMinuteAndNinetyDaysAhead() {
    assertThat(new Circulation(NOW.plusMinutes(1), null).checkedExpiry(NOW)).isEqualTo(NOW.plusMinutes(1));
    assertThat(new Circulation(NOW.plusDays(90), null).checkedExpiry(NOW)).isEqualTo(NOW.plusDays(90));
  }

  @Test
  void shouldRefuseAnExpiryThatIsMissingPastTooSoonOrTooFar() {
    assertThatThrownBy(() -> new Circulation(null, null).checkedExpiry(NOW))
        .isInstanceOf(InvalidInputException.class).hasMessage("Give the exact time the silence expires.");
    assertThatThrownBy(() -> new Circulation(NOW.minusHours(1), null).checkedExpiry(NOW))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least a minute from now");
    assertThatThrownBy(() -> new Circulation(NOW.plusSeconds(59), null).checkedExpiry(NOW))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least a minute from now");
    assertThatThrownBy(() -> new Circulation(NOW.plusDays(90).plusSeconds(1), null).checkedExpiry(NOW))
        .isInstanceOf(InvalidInputException.class).hasMessage("A silence procedure lasts at most 90 days.");
  }
}
