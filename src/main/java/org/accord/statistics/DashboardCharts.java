package org.accord.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.accord.decision.SocOutcome;
import org.accord.document.DocumentType;
import org.accord.silence.SilenceStatus;
import org.accord.system.Labels;
import org.accord.system.Plural;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures as the dashboard's charts, in the reader's language: every heading and every value in
 * words from the bundles, durations in days and hours, and the numbers the script plots (durations in
 * days).
 */
@Component
class DashboardCharts {

  private static final double HOURS_A_DAY = 24;

  private final MessageSource messages;
  private final Labels labels;

  DashboardCharts(MessageSource messages, Labels labels) {
    this.messages = messages;
    this.labels = labels;
  }

  Chart stages(DocumentsByStage figures, Locale language) {
    List<String> columns = new ArrayList<>(List.of(say("dashboard.stages.stage", language)));
    for (DocumentType type : DocumentType.values()) {
      columns.add(labels.of(type, language));
    }
    columns.add(say("dashboard.total", language));
    List<Chart.Row> rows = figures.stages().stream().map(stage -> {
      List<Chart.Cell> cells = new ArrayList<>(stage.byType().values().stream().map(Chart.Cell::count).toList());
      cells.add(total(stage.total()));
      return new Chart.Row(labels.of(stage.stage(), language), null, cells);
    }).toList();
    return new Chart("stages", "horizontal-bar", true, say("dashboard.unit.documents", language),
        say("dashboard.stages.caption", language), say("dashboard.stages.description", language), columns,
        upTo(DocumentType.values().length), rows);
  }

  Chart cycles(CycleTimes figures, Locale language) {
    List<Chart.Row> rows = figures.types().stream()
        .map(cycle -> new Chart.Row(labels.of(cycle.type(), language), null, List.of(Chart.Cell.count(cycle.adopted()),
            duration(cycle.medianHours(), language), duration(cycle.p90Hours(), language))))
        .toList();
    return new Chart("cycles", "horizontal-bar", false, say("dashboard.unit.days", language),
        say("dashboard.cycles.caption", language), say("dashboard.cycles.description", language),
        List.of(say("dashboard.type", language), say("dashboard.adopted", language), say("dashboard.median", language),
            say("dashboard.p90", language)),
        List.of(1, 2), rows);
  }

  Chart stays(StageTimes figures, Locale language) {
    List<Chart.Row> rows = figures.stages().stream()
        .map(stay -> new Chart.Row(say("dashboard.stays.row", language, labels.of(stay.type(), language),
            labels.of(stay.stage(), language)), null, List.of(Chart.Cell.count(stay.documents()),
            duration(stay.medianHours(), language), duration(stay.p90Hours(), language))))
        .toList();
    return new Chart("stays", "horizontal-bar", false, say("dashboard.unit.days", language),
        say("dashboard.stays.caption", language), say("dashboard.stays.description", language),
        List.of(say("dashboard.stays.typeAndStage", language), say("dashboard.documents", language),
            say("dashboard.median", language), say("dashboard.p90", language)),
        List.of(1, 2), rows);
  }

  Chart rounds(RoundsPerDocument figures, Locale language) {
    List<String> columns = new ArrayList<>(List.of(say("dashboard.rounds.rounds", language)));
    for (DocumentType type : DocumentType.values()) {
      columns.add(labels.of(type, language));
    }
    columns.add(say("dashboard.total", language));
    List<Chart.Row> rows = figures.rounds().stream().map(row -> {
      List<Chart.Cell> cells = new ArrayList<>(row.byType().values().stream().map(Chart.Cell::count).toList());
      cells.add(total(row.total()));
      return new Chart.Row(counted("dashboard.rounds.count", row.rounds(), language), null, cells);
    }).toList();
    return new Chart("rounds", "bar", true, say("dashboard.unit.documents", language),
        say("dashboard.rounds.caption", language), say("dashboard.rounds.description", language), columns,
        upTo(DocumentType.values().length), rows);
  }

  Chart waiting(OpenRounds figures, Function<String, String> names, Locale language) {
    List<Chart.Row> rows = figures.waitingFor().stream()
        .map(waiting -> new Chart.Row(names.apply(waiting.delegation()), null, List.of(
            Chart.Cell.count(waiting.overdue()), Chart.Cell.count(waiting.rounds() - waiting.overdue()),
            total(waiting.rounds()))))
        .toList();
    return new Chart("waiting", "horizontal-bar", true, say("dashboard.unit.rounds", language),
        say("dashboard.waiting.caption", language), say("dashboard.waiting.description", language),
        List.of(say("dashboard.memberState", language), say("dashboard.waiting.overdue", language),
            say("dashboard.waiting.toCome", language), say("dashboard.total", language)),
        List.of(0, 1), rows);
  }

  Chart responses(ResponseTimes figures, Function<String, String> names, Locale language) {
    List<Chart.Row> rows = figures.delegations().stream()
        .map(response -> new Chart.Row(names.apply(response.delegation()), null, List.of(
            new Chart.Cell(String.valueOf(response.rank()), null), Chart.Cell.count(response.answers()),
            duration(response.medianHours(), language))))
        .toList();
    return new Chart("responses", "horizontal-bar", false, say("dashboard.unit.days", language),
        say("dashboard.responses.caption", language), say("dashboard.responses.description", language),
        List.of(say("dashboard.memberState", language), say("dashboard.responses.rank", language),
            say("dashboard.responses.answers", language), say("dashboard.median", language)),
        List.of(2), rows);
  }

  Chart decisions(DecisionsByOutcome figures, Locale language) {
    List<String> columns = new ArrayList<>(List.of(say(figures.year() == null ? "dashboard.year" : "dashboard.month",
        language)));
    for (SocOutcome outcome : SocOutcome.values()) {
      columns.add(labels.of(outcome, language));
    }
    columns.add(say("dashboard.total", language));
    List<Chart.Row> rows = figures.periods().stream().map(period -> {
      List<Chart.Cell> cells = new ArrayList<>(period.byOutcome().values().stream().map(Chart.Cell::count).toList());
      cells.add(total(period.total()));
      String label = figures.year() == null ? period.period() : month(period.period(), language);
      return new Chart.Row(label, null, cells);
    }).toList();
    return new Chart("decisions", "bar", true, say("dashboard.unit.decisions", language),
        say("dashboard.decisions.caption", language), say("dashboard.decisions.description", language), columns,
        upTo(SocOutcome.values().length), rows);
  }

  Chart silence(SilenceOutcomes figures, Locale language) {
    List<Chart.Row> rows = new ArrayList<>();
    for (Map.Entry<SilenceStatus, Long> status : figures.byStatus().entrySet()) {
      rows.add(new Chart.Row(labels.of(status.getKey(), language), null, List.of(Chart.Cell.count(status.getValue()))));
    }
    return new Chart("silence", "bar", false, say("dashboard.unit.procedures", language),
        say("dashboard.silence.caption", language), say("dashboard.silence.description", language),
        List.of(say("dashboard.silence.outcome", language), say("dashboard.silence.procedures", language)),
        List.of(0), rows);
  }

  Chart throughput(Throughput figures, Locale language) {
    List<Chart.Row> rows = figures.months().stream()
        .map(month -> new Chart.Row(month(month.month(), language), null,
            List.of(Chart.Cell.count(month.created()), Chart.Cell.count(month.adopted()))))
        .toList();
    return new Chart("throughput", "line", false, say("dashboard.unit.documents", language),
        say("dashboard.throughput.caption", language), say("dashboard.throughput.description", language),
        List.of(say("dashboard.month", language), say("dashboard.throughput.created", language),
            say("dashboard.throughput.adopted", language)),
        List.of(0, 1), rows);
  }

  /** "3 days 4 hours", "5 hours", "less than an hour"; a dash when there is nothing to measure. */
  String words(Double hours, Locale language) {
    if (hours == null) {
      return say("dashboard.none", language);
    }
    long whole = Math.round(hours);
    if (whole == 0) {
      return say("dashboard.lessThanAnHour", language);
    }
    long days = whole / 24;
    long rest = whole % 24;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(counted("time.days", days, language));
    }
    if (rest > 0) {
      parts.add(counted("time.hours", rest, language));
    }
    return String.join(" ", parts);
  }

  private Chart.Cell duration(Double hours, Locale language) {
    return Chart.Cell.of(words(hours, language), hours == null ? null : hours / HOURS_A_DAY);
  }

  /** A total is read, not drawn: the stacked bars show it already. */
  private static Chart.Cell total(long count) {
    return new Chart.Cell(String.valueOf(count), null);
  }

  private String month(String yearMonth, Locale language) {
    return DateTimeFormatter.ofPattern("LLLL yyyy", language).format(YearMonth.parse(yearMonth));
  }

  private String counted(String key, long count, Locale language) {
    return messages.getMessage(key + "." + Plural.category(count, language), new Object[] {count}, language);
  }

  private String say(String key, Locale language, Object... args) {
    return messages.getMessage(key, args, language);
  }

  private static List<Integer> upTo(int count) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indexes.add(i);
    }
    return indexes;
  }
}
