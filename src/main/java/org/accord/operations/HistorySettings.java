package org.accord.operations;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Camunda keeps each process's history, and when it removes what is due ({@code accord.history.*},
 * explained in config/application.yaml). Accord's own records are not touched by it.
 *
 * @param timeToLive by process or decision definition key, in whole days (e.g. {@code 3650d}); a key
 *     not named keeps the historyTimeToLive of its BPMN or DMN file
 * @param cleanup the nightly removal
 */
@ConfigurationProperties("accord.history")
record HistorySettings(Map<String, Duration> timeToLive, @DefaultValue Cleanup cleanup) {

  HistorySettings {
    timeToLive = timeToLive == null ? Map.of() : Map.copyOf(timeToLive);
    timeToLive.forEach((key, ttl) -> {
      if (ttl.isNegative() || !ttl.equals(Duration.ofDays(ttl.toDays()))) {
        throw new IllegalArgumentException("accord.history.time-to-live." + key + " must be whole days, such as 3650d;"
            + " not " + ttl);
      }
    });
  }

  /** The configured time to live of a definition in days, or null when the file's own applies. */
  Integer daysFor(String key) {
    Duration ttl = timeToLive.get(key);
    return ttl == null ? null : Math.toIntExact(ttl.toDays());
  }

  /**
   * @param windowStart the daily window in which cleanup jobs run starts (the server's time zone)
   * @param windowEnd and ends; before the start means the next day
   * @param batchSize process instances removed per cleanup job run, 1 to 500
   * @param degreeOfParallelism cleanup jobs run side by side, 1 to 8
   */
  record Cleanup(@DefaultValue("22:00") LocalTime windowStart, @DefaultValue("05:00") LocalTime windowEnd,
      @DefaultValue("500") int batchSize, @DefaultValue("1") int degreeOfParallelism) {

    Cleanup {
      if (batchSize < 1 || batchSize > 500) {
        throw new IllegalArgumentException("accord.history.cleanup.batch-size must be 1 to 500, not " + batchSize);
      }
      if (degreeOfParallelism < 1 || degreeOfParallelism > 8) {
        throw new IllegalArgumentException("accord.history.cleanup.degree-of-parallelism must be 1 to 8, not "
            + degreeOfParallelism);
      }
    }
  }
}
