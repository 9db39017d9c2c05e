package org.accord.desk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.DocumentType;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingStatus;

/**
 * The desk's words for Accord's codes, and its times, always in UTC so that delegations in many
 * time zones read the same thing. English only for now; a second language moves these to message bundles.
 * Its methods are public because templates call them.
 */
final class DeskText {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private static final Map<SocOutcome, String> OUTCOMES = new EnumMap<>(Map.of(
      SocOutcome.APPROVED, "Approved",
      SocOutcome.APPROVED_WITH_RESERVATIONS, "Approved with reservations",
      SocOutcome.RETURNED_TO_SWG, "Returned to the SWG",
      SocOutcome.DEFERRED, "Deferred to the next meeting"));

  private static final Map<MeetingFormat, String> FORMATS = new EnumMap<>(Map.of(
      MeetingFormat.IN_PERSON, "In person",
      MeetingFormat.VIDEOCONFERENCE, "Videoconference",
      MeetingFormat.HYBRID, "Hybrid"));

  private static final Map<MeetingStatus, String> STATUSES = new EnumMap<>(Map.of(
      MeetingStatus.CONVENED, "Convened",
      MeetingStatus.IN_SESSION, "In session",
      MeetingStatus.CLOSED, "Closed"));

  /** The offsets the Secretariat may give a meeting's local time in, from UTC−12:00 to UTC+14:00. */
  private static final List<String> UTC_OFFSETS = everyHalfHour();

  public String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  public Map<SocOutcome, String> outcomes() {
    return OUTCOMES;
  }

  public String outcome(SocOutcome outcome) {
    return OUTCOMES.get(outcome);
  }

  public Map<MeetingFormat, String> formats() {
    return FORMATS;
  }

  public String format(MeetingFormat format) {
    return FORMATS.get(format);
  }

  public String status(MeetingStatus status) {
    return STATUSES.get(status);
  }

  /** The CSS class of a status badge: "badge-in-session". */
  public String badge(Enum<?> code) {
    return "badge-" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String documentType(String type) {
    try {
      return DocumentType.valueOf(type).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return type;
    }
  }

  public String source(Reservation reservation) {
    return reservation.source() == Reservation.Source.MEETING ? "at the meeting" : "in the last SWG round";
  }

  /** "1 item", "3 items": the desk's nouns take a plain s. */
  public String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  public List<String> utcOffsets() {
    return UTC_OFFSETS;
  }

  private static List<String> everyHalfHour() {
    List<String> offsets = new ArrayList<>();
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 30) {
      offsets.add(ZoneOffset.ofTotalSeconds(minutes * 60).getId().replace("Z", "+00:00"));
    }
    return offsets;
  }
}
