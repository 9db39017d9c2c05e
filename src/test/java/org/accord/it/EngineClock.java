package org.accord.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.accord.document.Documents;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Time, for the integration tests: the engine clock (which Accord's records follow too) moved
 * forward, and the timers that are then due fired by the test itself (the job executor is off), or,
 * in a cluster whose nodes run their job executors, awaited until the executors fired them.
 */
final class EngineClock {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final Documents documents;
  /** Set when job executors fire the timers: what they fired is read from the job log. */
  private HistoryService jobExecutorsHistory;

  /** A clock that only moves: it fires no document's timers. */
  EngineClock(RuntimeService runtimeService, ManagementService managementService) {
    this(runtimeService, managementService, null);
  }

  EngineClock(RuntimeService runtimeService, ManagementService managementService, Documents documents) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.documents = documents;
  }

  /** A clock whose due timers the running job executors fire, as they do in production. */
  static EngineClock withJobExecutors(RuntimeService runtimeService, ManagementService managementService,
      HistoryService historyService, Documents documents) {
    EngineClock clock = new EngineClock(runtimeService, managementService, documents);
    clock.jobExecutorsHistory = historyService;
    return clock;
  }

  /** Stops the engine clock at the given instant (to the millisecond, as Accord records time); returns it. */
  Instant freezeAt(Instant instant) {
    Instant frozen = instant.truncatedTo(ChronoUnit.MILLIS);
    ClockUtil.setCurrentTime(Date.from(frozen));
    return frozen;
  }

  /** Stops the engine clock where it is now; returns that instant. */
  Instant freeze() {
    return freezeAt(ClockUtil.getCurrentTime().toInstant());
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  static void reset() {
    ClockUtil.reset();
  }

  /**
   * Fires the timers now due in the processes of one document (its own and the ones it called), one
   * at a time in the order they fall due, as the job executor would: a timer cancelled by an earlier
   * one (a reminder by the deadline) does not fire, and one created by an earlier one and already
   * due (the extended deadline's) fires too. Returns how many fired.
   */
  int fireDueTimers(long documentId) {
    if (jobExecutorsHistory != null) {
      return awaitTheJobExecutors(documentId);
    }
    int fired = 0;
    for (Job next = nextDueTimer(documentId); next != null; next = nextDueTimer(documentId)) {
      if (fired == 100) {
        throw new AssertionError("More than 100 timers fell due on document " + documentId);
      }
      managementService.executeJob(next.getId());
      fired++;
    }
    return fired;
  }

  /** Waits until no timer of the document is due (the executors fired them); answers how many fired. */
  private int awaitTheJobExecutors(long documentId) {
    long before = timersFired(documentId);
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
        .until(() -> nextDueTimer(documentId) == null);
    return (int) (timersFired(documentId) - before);
  }

  /** The timer jobs of the document's processes, ended ones too, that ran to success: the job log says. */
  private long timersFired(long documentId) {
    long fired = 0;
    for (HistoricProcessInstance instance : jobExecutorsHistory.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ProcessKeys.of(documents, documentId)).list()) {
      fired += jobExecutorsHistory.createHistoricJobLogQuery().processInstanceId(instance.getId()).successLog().list()
          .stream().filter(log -> log.getJobDefinitionType().startsWith("timer")).count();
    }
    return fired;
  }

  private Job nextDueTimer(long documentId) {
    Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
    Job next = null;
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ProcessKeys.of(documents, documentId)).list()) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
          .duedateLowerThan(now).orderByJobDuedate().asc().list();
      if (!due.isEmpty() && (next == null || due.get(0).getDuedate().before(next.getDuedate()))) {
        next = due.get(0);
      }
    }
    return next;
  }
}
