package org.accord.document.content;

/** How an event of the calendar is held. */
enum EventFormat {
  IN_PERSON("In person"),
  VIDEOCONFERENCE("Videoconference"),
  HYBRID("Hybrid");

  private final String label;

  EventFormat(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
