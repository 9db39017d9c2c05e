package org.accord.statistics;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;

/**
 * A year of the forum's calendar, as the figures are filtered by it: from its first moment to the next
 * year's, in the forum's time zone, so that an index on the moment serves the filter.
 */
record ForumYear(int value, OffsetDateTime from, OffsetDateTime until) {

  static ForumYear of(Integer year, ZoneId zone) {
    if (year == null) {
      return null;
    }
    return new ForumYear(year, Year.of(year).atDay(1).atStartOfDay(zone).toOffsetDateTime(),
        Year.of(year + 1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
  }
}
