package org.accord.silence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.accord.document.Document;
import org.accord.forum.Delegation;

/**
 * What the SOC Chair's silence section shows: the step the procedure waits for (circulating the
 * text, or the choice after a break) and its form, or where the procedure stands. Its methods are
 * public because templates call them.
 *
 * @param procedure the latest silence procedure on the document; null before the first
 * @param breaker the delegation that broke it, when one did
 * @param zone the zone the expiry is typed in: the reader's, else the forum's
 * @param now the engine's clock, for the form's suggested, earliest and latest expiry
 */
record ChairSection(Document document, Step step, SilenceProcedure procedure, Delegation breaker, boolean socChair,
    ZoneId zone, OffsetDateTime now) {

  /** What the silence procedure waits for of the SOC Chair. */
  enum Step { CIRCULATE, CHOOSE, NONE }

  /** How a datetime-local field writes and reads a time: no zone, to the minute. */
  static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter UTC_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

  public boolean mayCirculate() {
    return socChair && step == Step.CIRCULATE;
  }

  public boolean mayChoose() {
    return socChair && step == Step.CHOOSE;
  }

  public boolean waiting() {
    return step != Step.NONE;
  }

  public List<ChairChoice> choices() {
    return Arrays.asList(ChairChoice.values());
  }

  /** The expiry the form suggests: a week ahead, at 18:00 in the reader's zone. */
  public String suggestedExpiry() {
    return LOCAL_INPUT.format(now.atZoneSameInstant(zone).plusDays(7).withHour(18).withMinute(0));
  }

  public String earliestExpiry() {
    return LOCAL_INPUT.format(now.plus(Circulation.SHORTEST).atZoneSameInstant(zone));
  }

  public String latestExpiry() {
    return LOCAL_INPUT.format(now.plus(Circulation.LONGEST).atZoneSameInstant(zone));
  }

  public long longestDays() {
    return Circulation.LONGEST.toDays();
  }

  /** The zone's name and its offset now: "Asia/Almaty (UTC+05:00)". */
  public String zoneName() {
    String offset = zone.getRules().getOffset(now.toInstant()).getId();
    return zone.getId() + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
  }

  /** The same moment in UTC, shown beside the reader's time: "20 December 2022, 12:00 UTC". */
  public String utc(OffsetDateTime time, Locale locale) {
    return time == null ? "" : UTC_WORDS.withLocale(locale).format(time.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC";
  }

  public ChairChoice chairChoice() {
    return procedure == null || procedure.chairChoice() == null ? null : ChairChoice.valueOf(procedure.chairChoice());
  }

  public BreakKind breakKind() {
    return procedure == null || procedure.breakKind() == null ? null : BreakKind.valueOf(procedure.breakKind());
  }
}
