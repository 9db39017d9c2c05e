package org.accord.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business figures for Prometheus, each a count that its module reads from its own tables. A
 * scrape comes every few seconds from every Prometheus watching every node, so a figure is read at
 * most once per {@code accord.metrics.fresh-for} (10 seconds by default) and served from memory in
 * between. A figure that cannot be read (the database away) is NaN, which Prometheus stores as a
 * gap, and never fails the scrape.
 */
@Component
public class Figures {

  private static final Logger log = LoggerFactory.getLogger(Figures.class);

  private final Duration freshFor;

  Figures(@Value("${accord.metrics.fresh-for:10s}") Duration freshFor) {
    this.freshFor = freshFor;
  }

  /** Reads {@code figure} at most once per freshness period, however often it is asked for. */
  public <T> Supplier<T> fresh(Supplier<T> figure) {
    return new Fresh<>(figure, freshFor.toNanos());
  }

  /** Registers a gauge whose value is one number of a (fresh) reading. */
  public <T> void gauge(MeterRegistry registry, String name, String description, Supplier<T> reading,
      ToDoubleFunction<T> number, String... tags) {
    Gauge.builder(name, reading, source -> {
          try {
            return number.applyAsDouble(source.get());
          } catch (RuntimeException e) {
            log.debug("The figure {} could not be read: {}", name, e.getMessage());
            return Double.NaN;
          }
        })
        .description(description)
        .tags(tags)
        .strongReference(true)
        .register(registry);
  }

  /** Registers a gauge of a count, read at most once per freshness period. */
  public void count(MeterRegistry registry, String name, String description, Supplier<? extends Number> count,
      String... tags) {
    gauge(registry, name, description, fresh(count), Number::doubleValue, tags);
  }

  /** A reading kept for a while; one thread reads it again when it is stale, the others wait for it. */
  private static final class Fresh<T> implements Supplier<T> {

    private final Supplier<T> figure;
    private final long freshForNanos;
    private T value;
    private long readAt;
    private boolean read;

    Fresh(Supplier<T> figure, long freshForNanos) {
      this.figure = figure;
      this.freshForNanos = freshForNanos;
    }

    @Override
    public synchronized T get() {
      long now = System.nanoTime();
      if (!read || now - readAt >= freshForNanos) {
        value = figure.get();
        readAt = now;
        read = true;
      }
      return value;
    }
  }
}
