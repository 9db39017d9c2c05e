package org.accord.statistics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.system.web.FilterInput;
import org.springframework.stereotype.Component;

/** Puts the dashboard together for one reader: the same figures the API answers, as charts in their language. */
@Component
class Dashboard {

  private final Statistics statistics;
  private final EngineHealth health;
  private final DashboardCharts charts;
  private final Forum forum;

  Dashboard(Statistics statistics, EngineHealth health, DashboardCharts charts, Forum forum) {
    this.statistics = statistics;
    this.health = health;
    this.charts = charts;
    this.forum = forum;
  }

  DashboardPage of(Integer year, String typedYear, List<FilterInput.Note> notes, boolean administrator,
      Locale language) {
    Map<String, String> names = forum.all().stream()
        .collect(Collectors.toMap(Delegation::code, party -> party.name(language)));
    Function<String, String> name = code -> names.getOrDefault(code, code);
    DocumentsByStage documents = statistics.documentsByStage(year);
    OpenRounds open = statistics.openRounds(DashboardPage.ROUNDS_LISTED);
    DecisionsByOutcome decided = statistics.decisions(year);
    SilenceOutcomes silence = statistics.silenceOutcomes(year);
    return new DashboardPage(year, typedYear, notes, open.at(),
        documents, charts.stages(documents, language),
        charts.cycles(statistics.cycleTimes(year), language),
        charts.stays(statistics.stageTimes(year), language),
        charts.rounds(statistics.roundsPerDocument(year), language),
        open, charts.waiting(open, name, language),
        charts.responses(statistics.responseTimes(year), name, language),
        decided, charts.decisions(decided, language),
        silence, charts.silence(silence, language),
        charts.throughput(statistics.throughput(year), language),
        administrator ? health.report() : null);
  }
}
