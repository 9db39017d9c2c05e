package org.accord.document.content;

/** How an event of the calendar is held; named in the message bundles. */
enum EventFormat {
  IN_PERSON,
  VIDEOCONFERENCE,
  HYBRID
}
