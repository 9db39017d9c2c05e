package org.accord.document.content;

import java.time.YearMonth;
import java.util.List;
import org.accord.document.Dimension;
import org.accord.forum.Forum;

/** An action plan: measures under priority areas and dimensions, each with its states and timeline. */
record ActionPlan(List<Measure> measures) {

  record Measure(String title, Dimension dimension, String priorityArea, List<String> coordinators,
      Timeline timeline, String description) {}

  /** From the first month to the last month of the measure, both included. */
  record Timeline(YearMonth start, YearMonth end) {}

  static ActionPlan read(Fields plan, Forum forum) {
    List<Measure> measures = plan.list("measures", measure -> new Measure(
        measure.text("title"),
        measure.choice("dimension", Dimension.class),
        measure.text("priorityArea"),
        measure.states("coordinators", forum, true),
        measure.object("timeline", ActionPlan::timeline),
        measure.longText("description")));
    plan.requireUnique("measures", measures, Measure::title, "refusal.content.sameTitle");
    return new ActionPlan(measures);
  }

  private static Timeline timeline(Fields timeline) {
    YearMonth start = timeline.month("start");
    YearMonth end = timeline.month("end");
    if (end.isBefore(start)) {
      throw timeline.invalid("end", "refusal.content.before", end, timeline.pathOf("start"), start);
    }
    return new Timeline(start, end);
  }
}
