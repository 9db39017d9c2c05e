package org.accord.notification;

import java.util.Locale;
import org.accord.system.InvalidInputException;

/** Where a mail of the outbox stands; derived from its row, not stored. */
enum OutboxStatus {
  /** Not sent yet; the next attempt is due at next_attempt_at (never, while sending is disabled). */
  PENDING,
  SENT,
  /** Gave up after the configured number of attempts. */
  FAILED;

  static OutboxStatus parse(String status) {
    try {
      return valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("refusal.notification.status");
    }
  }
}
