package org.accord.document;

/** How an event of a calendar is held; named in the message bundles. */
public enum EventFormat {
  IN_PERSON,
  VIDEOCONFERENCE,
  HYBRID
}
