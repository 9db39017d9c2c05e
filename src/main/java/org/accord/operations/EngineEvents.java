package org.accord.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The events Camunda counts itself (job acquisitions, jobs run and failed, process instances and
 * activities started), as Micrometer counters: camunda_engine_events_total{metric="job-failed"}.
 * Camunda keeps these counts in memory and writes them to ACT_RU_METER_LOG every 15 minutes; its
 * registry is replaced by one that also counts here, as each event happens, so a scrape sees them at
 * once and without a query.
 */
@Component
class EngineEvents extends AbstractProcessEnginePlugin {

  /** The events counted: the job executor's, and the engine's throughput. */
  static final Set<String> COUNTED = Set.of(
      Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
      Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START, Metrics.EXECUTED_DECISION_INSTANCES);

  private final MeterRegistry meters;

  EngineEvents(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setMetricsRegistry(new Counting(meters));
  }

  /** Camunda's registry, counting the chosen events in Micrometer too. */
  static final class Counting extends MetricsRegistry {

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    Counting(MeterRegistry meters) {
      COUNTED.forEach(name -> counters.put(name, Counter.builder("camunda.engine.events")
          .description("Events counted by the Camunda engine, as they happen")
          .tag("metric", name)
          .register(meters)));
    }

    @Override
    public void markOccurrence(String name, long times) {
      super.markOccurrence(name, times);
      Counter counter = counters.get(name);
      if (counter != null) {
        counter.increment(times);
      }
    }
  }
}
