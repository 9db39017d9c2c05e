package org.accord.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.notification.OutboxCounts;

/**
 * Whether anything failed: the engine's incidents (the first cause of each, not its copies up the
 * calling processes), the jobs that failed and will be retried, the jobs due now, and the mail outbox.
 * Each failure names its document, when it happened in a document's processes, and links its process
 * instance in Camunda Cockpit.
 *
 * @param at the moment the figures were taken (UTC)
 */
public record HealthReport(OffsetDateTime at, List<Failure> incidents, List<Failure> failingJobs, Jobs jobs,
    OutboxCounts outbox) {

  /**
   * An incident or a failing job.
   *
   * @param type the incident's type (failedJob, ...); for a failing job, "failingJob"
   * @param process the key of the process where it happened, e.g. negotiation-round
   * @param retries the attempts left; null for an incident
   * @param message what the engine recorded, cut short; for administrators only
   * @param cockpit the process instance in Camunda Cockpit, relative to Accord's address
   */
  public record Failure(String id, String type, String process, String processInstanceId, String activityId,
      OffsetDateTime since, Integer retries, String message, FailedDocument document, String cockpit) {}

  public record FailedDocument(long id, String symbol, String title) {}

  /** The job backlog: due now and waiting for the job executor, failing but to be retried, and incidents. */
  public record Jobs(long due, long failing, long incidents) {}
}
