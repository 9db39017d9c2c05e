package org.accord.decision;

/**
 * A reservation or interpretative statement attached to a decision: entered as a position in the
 * last round (ROUND) or made at the meeting (MEETING).
 */
public record Reservation(String delegationCode, String text, Source source) {

  public enum Source {
    ROUND,
    MEETING
  }
}
