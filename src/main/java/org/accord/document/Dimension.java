package org.accord.document;

/**
 * The five dimensions of the forum's confidence-building measures, under which concept papers,
 * measures and events are classed; named in the message bundles.
 */
public enum Dimension {
  ECONOMIC,
  ENVIRONMENTAL,
  HUMAN,
  NEW_CHALLENGES_AND_THREATS,
  MILITARY_POLITICAL
}
