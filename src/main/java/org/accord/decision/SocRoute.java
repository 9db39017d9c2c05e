package org.accord.decision;

/** How a recommended document reaches the SOC. */
public enum SocRoute {
  MEETING,
  SILENCE
}
