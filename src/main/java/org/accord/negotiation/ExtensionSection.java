package org.accord.negotiation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.accord.document.Document;

/**
 * What the deadline-extension section shows: the latest round, the SWG Chair's extensions of it and,
 * to the SWG Chair while the round is open, the form. Its methods are public because templates call them.
 *
 * @param round the document's latest round; null before the first
 * @param chair whether the reader is the SWG Chair, who alone extends a deadline
 * @param zone the forum's time zone, in which the new deadline is picked
 * @param extensions of the latest round, oldest first
 */
record ExtensionSection(Document document, Round round, boolean chair, ZoneId zone,
    List<RoundExtension> extensions) {

  public boolean roundOpen() {
    return round != null && round.isOpen();
  }

  /** The form is offered to the SWG Chair while the round is open. */
  public boolean mayExtend() {
    return chair && roundOpen();
  }

  /** The current deadline as the picker shows it: the forum's local time, to the minute. */
  public String currentLocal() {
    return local(round.deadline());
  }

  /** The deadline in the forum's time zone, as a datetime-local input reads and writes it. */
  String local(OffsetDateTime time) {
    LocalDateTime local = time.atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    return local.toString();
  }
}
