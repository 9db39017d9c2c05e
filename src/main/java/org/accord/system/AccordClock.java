package org.accord.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Accord's time is the engine's time, so that records and timers agree when tests move the engine
 * clock.
 */
@Component
public class AccordClock {

  public OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  /** Timers and due dates of the engine read dates; Accord's records use offset date-times. */
  public static Date date(OffsetDateTime time) {
    return time == null ? null : Date.from(time.toInstant());
  }

  public static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
