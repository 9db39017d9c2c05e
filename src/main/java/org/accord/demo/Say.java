package org.accord.demo;

import org.accord.negotiation.PositionKind;

/** What one delegation says in a round of the demo: its position, the paragraph concerned, the text. */
record Say(String delegation, PositionKind kind, String anchor, String text) {

  static Say noObjection(String delegation) {
    return new Say(delegation, PositionKind.NO_OBJECTION, null, null);
  }

  static Say noObjection(String delegation, String text) {
    return new Say(delegation, PositionKind.NO_OBJECTION, null, text);
  }

  static Say amendment(String delegation, String anchor, String text) {
    return new Say(delegation, PositionKind.AMENDMENT, anchor, text);
  }

  static Say objection(String delegation, String anchor, String text) {
    return new Say(delegation, PositionKind.OBJECTION, anchor, text);
  }

  static Say reservation(String delegation, String text) {
    return new Say(delegation, PositionKind.RESERVATION, null, text);
  }
}
