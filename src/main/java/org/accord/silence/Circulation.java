package org.accord.silence;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.TaskCommand;

/** What the SOC Chair gives to circulate a text under silence: the exact expiry and a note. */
public record Circulation(OffsetDateTime expiresAt, String note) implements TaskCommand {

  static final Duration SHORTEST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofDays(90);

  /** The expiry must lie between a minute and 90 days ahead of now. */
  public OffsetDateTime checkedExpiry(OffsetDateTime now) {
    if (expiresAt == null) {
      throw new InvalidInputException("refusal.silence.expiryMissing");
    }
    if (expiresAt.isBefore(now.plus(SHORTEST))) {
      throw new InvalidInputException("refusal.silence.expiryPast");
    }
    if (expiresAt.isAfter(now.plus(LONGEST))) {
      throw new InvalidInputException("refusal.silence.tooLong", LONGEST.toDays());
    }
    return expiresAt;
  }
}
