package org.accord.acting;

import java.time.OffsetDateTime;
import org.accord.security.Role;

/**
 * A chair's designation of a user to act for them, from {@code startsAt} until {@code endsAt} or until
 * the chair ends it early ({@code endedAt}). It is in effect from {@code tookEffectAt} to
 * {@code lapsedAt}: the user is then a member of the chair's group.
 */
public record Designation(
    long id,
    Role body,
    String actingUser,
    String actingFor,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String reason,
    OffsetDateTime designatedAt,
    String endedBy,
    OffsetDateTime endedAt,
    OffsetDateTime tookEffectAt,
    OffsetDateTime lapsedAt) {

  /** A chair's designation as asked: the body is the chair's own, the user any user of the forum. */
  public record Given(Role body, String user, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {}

  public boolean inEffect() {
    return tookEffectAt != null && lapsedAt == null;
  }

  /** Designated for later: not yet in effect, nor ended. */
  public boolean upcoming() {
    return tookEffectAt == null && lapsedAt == null;
  }

  /** Whether the chair may still end it: in effect or upcoming. */
  public boolean open() {
    return lapsedAt == null;
  }
}
