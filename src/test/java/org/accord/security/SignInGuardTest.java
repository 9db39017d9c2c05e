package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are counted per client address, within a window that moves with the clock. */
class SignInGuardTest {

  private final MovingClock clock = new MovingClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final SignInGuard guard = new SignInGuard(null, null, 10, Duration.ofMinutes(15), 3,
      Duration.ofMinutes(15), clock);

  @Test
  void shouldHoldBackAnAddressOnceItFailedTooOftenWithinTheWindow() {
    // given two failures from one address
    guard.failed("203.0.113.7");
    clock.advance(Duration.ofMinutes(5));
    guard.failed("203.0.113.7");
    assertThat(guard.refusedFor("203.0.113.7")).isEqualTo(Duration.ZERO);

    // when a third fails
    clock.advance(Duration.ofMinutes(5));
    guard.failed("203.0.113.7");

    // then the address is held back until the first failure leaves the window, and no other address is
    assertThat(guard.refusedFor("203.0.113.7")).isEqualTo(Duration.ofMinutes(5));
    assertThat(guard.refusedFor("203.0.113.8")).isEqualTo(Duration.ZERO);
    assertThat(guard.throttledAddresses()).extracting(SignInGuard.ThrottledAddress::address)
        .containsExactly("203.0.113.7");

    // and let in again when it has
    clock.advance(Duration.ofMinutes(5));
    assertThat(guard.refusedFor("203.0.113.7")).isEqualTo(Duration.ZERO);
    assertThat(guard.throttledAddresses()).isEmpty();
  }

  @Test
  void shouldLetAnAddressInAgainWhenAnAdministratorReleasesIt() {
    guard.failed("203.0.113.9");
    guard.failed("203.0.113.9");
    guard.failed("203.0.113.9");
    assertThat(guard.refusedFor("203.0.113.9")).isEqualTo(Duration.ofMinutes(15));

    guard.release("203.0.113.9");

    assertThat(guard.refusedFor("203.0.113.9")).isEqualTo(Duration.ZERO);
  }

  private static final class MovingClock extends Clock {

    private Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
