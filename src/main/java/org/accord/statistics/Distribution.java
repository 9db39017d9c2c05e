package org.accord.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations counted in whole hours, and their percentiles as {@code percentile_cont} computes them: the
 * value at a fraction of the way through the ordered values, interpolated between its two neighbours.
 * The histogram holds as many entries as distinct hours, never one per fact.
 */
final class Distribution {

  private final TreeMap<Integer, Long> occurrences = new TreeMap<>();
  private long total;

  void add(int hours, long count) {
    occurrences.merge(hours, count, Long::sum);
    total += count;
  }

  long total() {
    return total;
  }

  /** The median, in hours; null when there is nothing to measure. */
  Double median() {
    return percentile(0.5);
  }

  /** The 90th percentile, in hours; null when there is nothing to measure. */
  Double p90() {
    return percentile(0.9);
  }

  Double percentile(double fraction) {
    if (total == 0) {
      return null;
    }
    double position = fraction * (total - 1);
    long lower = (long) Math.floor(position);
    long upper = (long) Math.ceil(position);
    int low = valueAt(lower);
    int high = valueAt(upper);
    // to the hundredth of an hour: the interpolation's last binary digits mean nothing
    return Math.round((low + (position - lower) * (high - low)) * 100) / 100.0;
  }

  /** The rank-th smallest value, counted from 0. */
  private int valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : occurrences.entrySet()) {
      seen += entry.getValue();
      if (rank < seen) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("Rank " + rank + " beyond " + total + " values");
  }
}
