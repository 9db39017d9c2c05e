package org.accord.document.content;

/** The five dimensions of the forum's confidence-building measures; named in the message bundles. */
enum Dimension {
  ECONOMIC,
  ENVIRONMENTAL,
  HUMAN,
  NEW_CHALLENGES_AND_THREATS,
  MILITARY_POLITICAL
}
