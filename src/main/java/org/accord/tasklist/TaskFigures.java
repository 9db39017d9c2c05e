package org.accord.tasklist;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.accord.system.AccordClock;
import org.accord.system.Figures;
import org.springframework.stereotype.Component;

/** The open tasks past their due date, from the task list projection, for Prometheus (accord_tasks_overdue). */
@Component
class TaskFigures implements MeterBinder {

  private final WorkItemRepository items;
  private final AccordClock clock;
  private final Figures figures;

  TaskFigures(WorkItemRepository items, AccordClock clock, Figures figures) {
    this.items = items;
    this.clock = clock;
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    figures.count(registry, "accord.tasks.overdue", "Open tasks past their due date",
        () -> items.countOverdue(clock.now()));
  }
}
