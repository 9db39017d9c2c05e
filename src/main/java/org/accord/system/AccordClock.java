package org.accord.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
}
