package org.accord.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a verification of the audit trail found: how much it checked, and each broken link, the
 * first one first. {@code intact} only when nothing is broken.
 */
public record Verification(OffsetDateTime verifiedAt, long entries, long decisions, long versions,
    List<Broken> broken) {

  /** A link found broken: what it is ("entry 12", "decision SOC/2026/3", "version 2 of document 7") and why. */
  public record Broken(String what, String why) {}

  public boolean intact() {
    return broken.isEmpty();
  }

  public Broken firstBroken() {
    return broken.isEmpty() ? null : broken.get(0);
  }
}
