package org.accord.desk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.accord.system.AccordClock;
import org.accord.system.Labels;
import org.accord.system.Plural;
import org.accord.system.web.PageTimes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The desk's words, all from the message bundles in the reader's language: the labels of Accord's
 * codes ({@link Labels}), counted nouns ({@link Plural}) and the notices its forms answer with. Its
 * public methods are called by templates.
 */
@Component
class DeskText {

  /** The offsets the Secretariat may give a meeting's local time in, from UTC−12:00 to UTC+14:00. */
  private static final List<String> UTC_OFFSETS = everyHalfHour();

  private final Labels labels;
  private final MessageSource messages;
  private final PageTimes times;
  private final AccordClock clock;

  DeskText(Labels labels, MessageSource messages, PageTimes times, AccordClock clock) {
    this.labels = labels;
    this.messages = messages;
    this.times = times;
    this.clock = clock;
  }

  /** The radio buttons of a decision, in the order the Chair reads them. */
  public Map<SocOutcome, String> outcomes() {
    return labelled(SocOutcome.values());
  }

  public Map<MeetingFormat, String> formats() {
    return labelled(MeetingFormat.values());
  }

  /** The CSS class of a status badge: "badge-in-session". */
  public String badge(Enum<?> code) {
    return "badge-" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An agenda item keeps its document's type as text; an unknown one shows as it is. */
  public String documentType(String type) {
    try {
      return labels.of(DocumentType.valueOf(type));
    } catch (IllegalArgumentException | NullPointerException e) {
      return type;
    }
  }

  /** Where a reservation was made, as it reads inside a sentence: "at the meeting", "на заседании". */
  public String source(Reservation reservation) {
    String label = labels.of(reservation.source());
    return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale()) + label.substring(1);
  }

  /** A moment in UTC, beside the reader's time: "20 December 2022, 10:00 UTC". */
  public String utc(OffsetDateTime time) {
    return time == null ? "" : DateTimeFormatter.ofPattern(words("time.pattern"), locale())
        .format(time.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC";
  }

  public List<String> utcOffsets() {
    return UTC_OFFSETS;
  }

  /** The offset the convene form starts from: the reader's zone's, now, so a local time needs no arithmetic. */
  public String readersOffset() {
    String offset = times.zone().getRules().getOffset(clock.now().toInstant()).getId().replace("Z", "+00:00");
    return UTC_OFFSETS.contains(offset) ? offset : "+00:00";
  }

  /** A message of the bundles in the reader's language. */
  String words(String key, Object... args) {
    return messages.getMessage(key, args, locale());
  }

  /** "1 item", "3 items", "5 пунктов": the key's plural form for the count ({@code desk.items.one}, ...). */
  String counted(String key, long count) {
    return words(key + "." + Plural.category(count, locale()), count);
  }

  private <E extends Enum<E>> Map<E, String> labelled(E[] codes) {
    Map<E, String> words = new LinkedHashMap<>();
    Arrays.stream(codes).forEach(code -> words.put(code, labels.of(code)));
    return words;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static List<String> everyHalfHour() {
    List<String> offsets = new ArrayList<>();
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 30) {
      offsets.add(ZoneOffset.ofTotalSeconds(minutes * 60).getId().replace("Z", "+00:00"));
    }
    return offsets;
  }
}
