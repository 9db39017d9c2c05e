package org.accord.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.system.AsTheSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Guessing passwords is slowed on two sides. Per user, by Camunda: each wrong password delays the
 * next attempt, and ten in a row lock the user; Accord lifts such a lock after {@code accord.sign-in.lockout}
 * (Camunda alone would keep it for good, so anyone could lock a chair out). Per client address, here:
 * once {@code max-failures-per-address} sign-ins from one address failed within the window, that address
 * is refused until the window has passed, whichever users it names. Administrators see both and may lift
 * them at once (/admin/sign-ins). The addresses are counted in this node's memory.
 */
@Component
public class SignInGuard {

  private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

  /** A user Camunda locked: by ten wrong passwords in a row, or for a moment after the last one. */
  public record LockedUser(String userId, int failedAttempts, OffsetDateTime lockedUntil, boolean lockedForGood) {}

  /** A client address refused for now, with its failed sign-ins in the window. */
  public record ThrottledAddress(String address, int failures, OffsetDateTime refusedUntil) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final int maxAttempts;
  private final Duration lockout;
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  @Autowired
  SignInGuard(JdbcTemplate jdbc, IdentityService identity, org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine,
      @Value("${accord.sign-in.lockout:15m}") Duration lockout,
      @Value("${accord.sign-in.max-failures-per-address:20}") int maxFailures,
      @Value("${accord.sign-in.window:15m}") Duration window) {
    this(jdbc, identity, engine.getLoginMaxAttempts(), lockout, maxFailures, window, Clock.systemUTC());
  }

  SignInGuard(JdbcTemplate jdbc, IdentityService identity, int maxAttempts, Duration lockout, int maxFailures,
      Duration window, Clock clock) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.maxAttempts = maxAttempts;
    this.lockout = lockout;
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent failed) {
    if (failed.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      failed(details.getRemoteAddress());
    }
  }

  void failed(String address) {
    Instant now = clock.instant();
    Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      forget(times, now);
      times.addLast(now);
      if (times.size() == maxFailures) {
        log.warn("Sign-ins from {} refused until {}: {} failed within {}", address, times.peekFirst().plus(window),
            maxFailures, window);
      }
    }
  }

  /** How long sign-ins from the address are still refused; zero when they are not. */
  public Duration refusedFor(String address) {
    Deque<Instant> times = failures.get(address);
    if (times == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    synchronized (times) {
      forget(times, now);
      if (times.size() < maxFailures) {
        return Duration.ZERO;
      }
      // Refused until enough of the failures have left the window.
      Instant until = times.stream().skip(times.size() - maxFailures).findFirst().orElse(now).plus(window);
      return Duration.between(now, until);
    }
  }

  public List<ThrottledAddress> throttledAddresses() {
    Instant now = clock.instant();
    return failures.keySet().stream()
        .filter(address -> refusedFor(address).compareTo(Duration.ZERO) > 0)
        .map(address -> new ThrottledAddress(address, failures.get(address).size(),
            now.plus(refusedFor(address)).atOffset(ZoneOffset.UTC)))
        .sorted(Comparator.comparing(ThrottledAddress::address))
        .toList();
  }

  public void release(String address) {
    failures.remove(address);
    log.info("Sign-ins from {} allowed again by an administrator", address);
  }

  /** Users Camunda holds locked now (ACT_ID_USER keeps the failed attempts and the lock's end). */
  public List<LockedUser> lockedUsers() {
    Instant now = clock.instant();
    return jdbc.query("select ID_, ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER"
            + " where ATTEMPTS_ >= ? or LOCK_EXP_TIME_ > ? order by ID_",
            (row, n) -> {
              int attempts = row.getInt(2);
              Timestamp until = row.getTimestamp(3);
              boolean forGood = attempts >= maxAttempts;
              Instant ends = until == null ? now : until.toInstant();
              return new LockedUser(row.getString(1), attempts,
                  (forGood ? ends.plus(lockout) : ends).atOffset(ZoneOffset.UTC), forGood);
            },
            maxAttempts, Timestamp.from(now));
  }

  public void unlock(String userId) {
    AsTheSystem.run(identity, () -> identity.unlockUser(userId));
    log.info("User {} unlocked", userId);
  }

  /** Lifts the locks of ten wrong passwords once the lockout has passed since the last of them. */
  @Scheduled(fixedDelayString = "${accord.sign-in.check-every:60s}", initialDelayString = "${accord.sign-in.check-every:60s}")
  public void endLockouts() {
    Timestamp before = Timestamp.from(clock.instant().minus(lockout));
    List<String> due = jdbc.queryForList(
        "select ID_ from ACT_ID_USER where ATTEMPTS_ >= ? and LOCK_EXP_TIME_ < ?", String.class, maxAttempts, before);
    due.forEach(userId -> {
      AsTheSystem.run(identity, () -> identity.unlockUser(userId));
      log.info("User {} unlocked: the lockout of {} has passed", userId, lockout);
    });
    // Addresses whose failures have all left the window are forgotten.
    Instant now = clock.instant();
    failures.entrySet().removeIf(entry -> {
      synchronized (entry.getValue()) {
        forget(entry.getValue(), now);
        return entry.getValue().isEmpty();
      }
    });
  }

  private void forget(Deque<Instant> times, Instant now) {
    Instant since = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.removeFirst();
    }
  }
}
