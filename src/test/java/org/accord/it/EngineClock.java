package org.accord.it;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Time, for the integration tests: the engine clock (which Accord's records follow too) moved
 * forward, and the timers that are then due fired by the test itself (the job executor is off).
 */
final class EngineClock {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  EngineClock(RuntimeService runtimeService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  void advance(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  static void reset() {
    ClockUtil.reset();
  }

  /** Fires the timers now due in the processes of one document (its own and the ones it called). */
  int fireDueTimers(long documentId) {
    int fired = 0;
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(String.valueOf(documentId)).list()) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
          .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list();
      for (Job job : due) {
        managementService.executeJob(job.getId());
        fired++;
      }
    }
    return fired;
  }
}
