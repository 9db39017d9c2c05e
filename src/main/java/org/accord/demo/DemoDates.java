package org.accord.demo;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When the demo happens. Like the real meeting of December 2022, which approved the calendar and
 * the budget of 2023, the demo's SOC meets a few days from now and decides the coming year's.
 */
record DemoDates(int year, int comingYear, OffsetDateTime meetingStartsAt, OffsetDateTime silenceExpiresAt) {

  static DemoDates from(OffsetDateTime now) {
    OffsetDateTime today = now.truncatedTo(ChronoUnit.DAYS);
    // 09:00 UTC is 14:00 in Astana, where the Secretariat sits.
    OffsetDateTime meeting = today.plusDays(3).withHour(9);
    OffsetDateTime silenceExpiry = today.plusDays(5).withHour(12);
    return new DemoDates(now.getYear(), meeting.getYear() + 1, meeting, silenceExpiry);
  }

  /** When the SOC met before, a month before the coming meeting: it adopted the demo's first document. */
  OffsetDateTime earlierMeetingStartedAt() {
    return meetingStartsAt.minusDays(33);
  }

  /** A symbol the Secretariat gives, e.g. CICA/SWG/2026/CP-TOURISM. */
  String symbol(String suffix) {
    return "CICA/SWG/" + year + "/" + suffix;
  }
}
