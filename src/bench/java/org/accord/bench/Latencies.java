package org.accord.bench;

import java.util.Arrays;

/** Durations of one kind of request, collected by many threads; percentiles in milliseconds. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  synchronized void add(long durationNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = durationNanos;
  }

  synchronized int count() {
    return size;
  }

  /** The nearest-rank percentile (0 &lt; p &le; 100), in milliseconds. */
  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
  }
}
