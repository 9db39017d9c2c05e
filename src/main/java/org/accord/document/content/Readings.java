package org.accord.document.content;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.document.Paragraphs;
import org.accord.document.VersionReading;
import org.accord.document.VersionReading.Amount;
import org.accord.document.VersionReading.BudgetLine;
import org.accord.document.VersionReading.Event;
import org.accord.document.VersionReading.Measure;
import org.accord.document.VersionReading.Post;
import org.accord.document.VersionReading.StaffCheck;

/** The typed content of a version, turned into what its page shows. */
final class Readings {

  private Readings() {}

  static VersionReading.ConceptPaper of(ConceptPaper paper) {
    return new VersionReading.ConceptPaper(paper.priorityArea(), paper.dimension(), paper.coordinators(),
        paper.coCoordinators(), Paragraphs.of(paper.text()));
  }

  static VersionReading.ActionPlan of(ActionPlan plan) {
    return new VersionReading.ActionPlan(plan.measures().stream()
        .map(measure -> new Measure(measure.title(), measure.dimension(), measure.priorityArea(), measure.coordinators(),
            measure.timeline().start(), measure.timeline().end(), measure.description()))
        .toList());
  }

  /** Each event with the UID its iCalendar export gives it, so that the page links to that one event. */
  static VersionReading.Calendar of(CalendarOfEvents calendar, long documentId) {
    return new VersionReading.Calendar(calendar.year(), calendar.events().stream()
        .map(event -> new Event(CalendarExport.uid(documentId, event), event.title(), event.start(), event.end(),
            event.hostState(), event.format(), event.dimension(), event.description()))
        .toList());
  }

  static VersionReading.Budget of(Budget budget, StaffCheck staffCheck) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    budget.lines().forEach(line -> totals.merge(line.currency(), line.amount(), BigDecimal::add));
    return new VersionReading.Budget(budget.year(),
        budget.lines().stream().map(line -> new BudgetLine(line.category(), new Amount(line.amount(), line.currency())))
            .toList(),
        totals.entrySet().stream().map(total -> new Amount(total.getValue(), total.getKey())).toList(),
        staffCheck);
  }

  static VersionReading.StaffMatrix of(StaffMatrix matrix, StaffCheck staffCheck) {
    String currency = matrix.currency();
    List<Post> posts = matrix.posts().stream()
        .map(post -> new Post(post.title(), post.grade(), post.number(), new Amount(post.annualCost(), currency),
            new Amount(post.cost(), currency)))
        .toList();
    return new VersionReading.StaffMatrix(matrix.year(), currency, posts, amount(matrix.total()), staffCheck);
  }

  static Amount amount(Money money) {
    return money == null ? null : new Amount(money.amount(), money.currency());
  }
}
