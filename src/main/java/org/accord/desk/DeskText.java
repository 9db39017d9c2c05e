package org.accord.desk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatus;
import org.accord.system.Labels;
import org.accord.system.Times;
import org.springframework.stereotype.Component;

/**
 * The desk's words for Accord's codes, from the message bundles ({@link Labels}), and its times,
 * in UTC so that delegations in many time zones read the same thing. Its methods are public
 * because templates call them.
 */
@Component
class DeskText {

  /** The offsets the Secretariat may give a meeting's local time in, from UTC−12:00 to UTC+14:00. */
  private static final List<String> UTC_OFFSETS = everyHalfHour();

  private final Labels labels;

  DeskText(Labels labels) {
    this.labels = labels;
  }

  public String time(OffsetDateTime time) {
    return Times.longUtc(time);
  }

  public Map<SocOutcome, String> outcomes() {
    return labelled(SocOutcome.values());
  }

  public String outcome(SocOutcome outcome) {
    return labels.of(outcome);
  }

  public Map<MeetingFormat, String> formats() {
    return labelled(MeetingFormat.values());
  }

  public String format(MeetingFormat format) {
    return labels.of(format);
  }

  public String status(MeetingStatus status) {
    return labels.of(status);
  }

  /** The CSS class of a status badge: "badge-in-session". */
  public String badge(Enum<?> code) {
    return "badge-" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String documentType(String type) {
    try {
      return labels.of(DocumentType.valueOf(type));
    } catch (IllegalArgumentException | NullPointerException e) {
      return type;
    }
  }

  /** Where a reservation was made, as the item's list says it: "at the meeting". */
  public String source(Reservation reservation) {
    String label = labels.of(reservation.source());
    return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
  }

  /** "1 item", "3 items": the desk's nouns take a plain s. */
  public String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  public List<String> utcOffsets() {
    return UTC_OFFSETS;
  }

  private <E extends Enum<E>> Map<E, String> labelled(E[] codes) {
    Map<E, String> words = new LinkedHashMap<>();
    Arrays.stream(codes).forEach(code -> words.put(code, labels.of(code)));
    return words;
  }

  private static List<String> everyHalfHour() {
    List<String> offsets = new ArrayList<>();
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 30) {
      offsets.add(ZoneOffset.ofTotalSeconds(minutes * 60).getId().replace("Z", "+00:00"));
    }
    return offsets;
  }
}
