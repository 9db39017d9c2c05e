package org.accord.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.accord.system.Figures;
import org.accord.system.OpenIncidents;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The job executor's backlog and what failed, for Prometheus: camunda_jobs_executable (due now, with
 * retries left: what the executor has yet to run), camunda_jobs_failed (no retries left: each waits
 * for an operator in Cockpit) and camunda_incidents_open (each failure once, its first cause, not the
 * copies the engine makes up the calling processes: what the dashboard counts as incidents). Counts
 * over Camunda's runtime tables, never its history, read at most once per freshness period.
 */
@Component
class EngineFigures implements MeterBinder {

  private final ManagementService management;
  private final OpenIncidents incidents;
  private final Figures figures;

  EngineFigures(ManagementService management, OpenIncidents incidents, Figures figures) {
    this.management = management;
    this.incidents = incidents;
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    figures.count(registry, "camunda.jobs.executable", "Jobs due now with retries left, waiting for the job executor",
        () -> management.createJobQuery().executable().count());
    figures.count(registry, "camunda.jobs.failed", "Jobs that failed with no retries left",
        () -> management.createJobQuery().noRetriesLeft().count());
    figures.count(registry, "camunda.incidents.open", "Incidents open in the engine, each failure once (its first cause)",
        incidents::count);
  }
}
