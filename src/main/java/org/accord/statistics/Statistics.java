package org.accord.statistics;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.silence.SilenceProcedures;
import org.accord.system.AccordClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind the dashboard's charts, each read in a few queries whatever the length of the
 * history: from the statistics' own tables and histograms, and from what the owners of the other facts
 * (rounds, decisions, silence procedures) count for them. A null year means every year.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

  private final StatisticsRepository figures;
  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister register;
  private final SilenceProcedures silence;
  private final Forum forum;
  private final AccordClock clock;

  Statistics(StatisticsRepository figures, Documents documents, Negotiation negotiation, DecisionRegister register,
      SilenceProcedures silence, Forum forum, AccordClock clock) {
    this.figures = figures;
    this.documents = documents;
    this.negotiation = negotiation;
    this.register = register;
    this.silence = silence;
    this.forum = forum;
    this.clock = clock;
  }

  public DocumentsByStage documentsByStage(Integer year) {
    Map<DocumentStatus, Map<DocumentType, Long>> counts = new EnumMap<>(DocumentStatus.class);
    for (DocumentStatus stage : DocumentStatus.values()) {
      counts.put(stage, zeros(DocumentType.class));
    }
    figures.countsByStage(within(year)).forEach(count -> counts.get(count.stage()).put(count.type(), count.documents()));
    List<DocumentsByStage.Stage> stages = counts.entrySet().stream()
        .map(stage -> new DocumentsByStage.Stage(stage.getKey(), sum(stage.getValue()), stage.getValue()))
        .toList();
    return new DocumentsByStage(year, stages.stream().mapToLong(DocumentsByStage.Stage::total).sum(), stages);
  }

  public CycleTimes cycleTimes(Integer year) {
    Map<String, Distribution> byType = distributions(Measure.CYCLE, year, StatisticsRepository.Bucket::subject);
    List<CycleTimes.Cycle> types = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      Distribution cycle = byType.getOrDefault(type.name(), new Distribution());
      types.add(new CycleTimes.Cycle(type, cycle.total(), cycle.median(), cycle.p90()));
    }
    return new CycleTimes(year, types);
  }

  public StageTimes stageTimes(Integer year) {
    Map<String, Distribution> byStay = distributions(Measure.STAGE, year,
        bucket -> bucket.subject() + "/" + bucket.stage());
    List<StageTimes.Stay> stays = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      for (DocumentStatus stage : DocumentStatus.values()) {
        Distribution stay = byStay.get(type.name() + "/" + stage.name());
        if (stay != null) {
          stays.add(new StageTimes.Stay(type, stage, stay.total(), stay.median(), stay.p90()));
        }
      }
    }
    return new StageTimes(year, stays);
  }

  public RoundsPerDocument roundsPerDocument(Integer year) {
    TreeMap<Integer, Map<DocumentType, Long>> byRounds = new TreeMap<>();
    for (StatisticsRepository.RoundsCount count : figures.roundsOfAdopted(within(year))) {
      byRounds.computeIfAbsent(count.rounds(), rounds -> zeros(DocumentType.class)).put(count.type(), count.documents());
    }
    if (!byRounds.isEmpty()) {
      // every number of rounds between the fewest and the most, so that the bars stand at their place
      for (int rounds = byRounds.firstKey(); rounds < byRounds.lastKey(); rounds++) {
        byRounds.computeIfAbsent(rounds, none -> zeros(DocumentType.class));
      }
    }
    List<RoundsPerDocument.Rounds> rows = byRounds.entrySet().stream()
        .map(row -> new RoundsPerDocument.Rounds(row.getKey(), sum(row.getValue()), row.getValue()))
        .toList();
    return new RoundsPerDocument(year, rows.stream().mapToLong(RoundsPerDocument.Rounds::total).sum(), rows);
  }

  /** How many open rounds the figures list when the caller does not say. */
  public static final int ROUNDS_LISTED = 100;

  /**
   * The rounds open now: the first {@code limit}, soonest deadline first, each with the member states it
   * waits for; and, over every open round however many there are, how many wait for each member state.
   * Five queries: the member states, the totals, the answers by member state, the listed rounds with
   * the positions given in them and their documents.
   */
  public OpenRounds openRounds(int limit) {
    var now = clock.now();
    List<String> memberStates = forum.memberStates().stream().map(Delegation::code).sorted().toList();
    Negotiation.OpenRoundTotals totals = negotiation.openRoundTotals(memberStates, now);
    List<Negotiation.OpenRound> listed = negotiation.openRounds(limit);
    Map<Long, Set<String>> answered = negotiation.answeredIn(
        listed.stream().map(line -> line.round().id()).toList(), memberStates);
    Map<Long, Document> byId = documents.all(listed.stream().map(line -> line.round().documentId()).distinct().toList());
    List<OpenRounds.Round> rounds = new ArrayList<>();
    for (Negotiation.OpenRound line : listed) {
      Document document = byId.get(line.round().documentId());
      boolean overdue = line.round().deadline() != null && line.round().deadline().isBefore(now);
      Set<String> spoke = answered.getOrDefault(line.round().id(), Set.of());
      List<String> silent = memberStates.stream().filter(state -> !spoke.contains(state)).toList();
      rounds.add(new OpenRounds.Round(document.id(), document.symbol(), document.title(), document.type(),
          line.round().number(), line.round().openedAt(), line.round().deadline(), overdue, spoke.size(), silent));
    }
    List<OpenRounds.Waiting> waitingFor = memberStates.stream()
        .map(state -> {
          var spoke = totals.answered().getOrDefault(state, new Negotiation.OpenRoundTotals.Answered(0, 0));
          return new OpenRounds.Waiting(state, totals.open() - spoke.rounds(), totals.overdue() - spoke.overdue());
        })
        .filter(waiting -> waiting.rounds() > 0)
        .sorted(Comparator.comparingInt(OpenRounds.Waiting::overdue).reversed()
            .thenComparing(Comparator.comparingInt(OpenRounds.Waiting::rounds).reversed())
            .thenComparing(OpenRounds.Waiting::delegation))
        .toList();
    return new OpenRounds(now, totals.open(), totals.overdue(), rounds, waitingFor);
  }

  public ResponseTimes responseTimes(Integer year) {
    Map<String, Distribution> byDelegation = distributions(Measure.RESPONSE, year, StatisticsRepository.Bucket::subject);
    List<Map.Entry<String, Distribution>> ranked = byDelegation.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Distribution>>comparingDouble(entry -> entry.getValue().median())
            .thenComparing(Map.Entry::getKey))
        .toList();
    List<ResponseTimes.Response> responses = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Distribution answers = ranked.get(i).getValue();
      boolean tied = i > 0 && answers.median().equals(ranked.get(i - 1).getValue().median());
      int rank = tied ? responses.get(i - 1).rank() : i + 1;
      responses.add(new ResponseTimes.Response(rank, ranked.get(i).getKey(), answers.total(), answers.median()));
    }
    return new ResponseTimes(year, responses);
  }

  public DecisionsByOutcome decisions(Integer year) {
    List<DecisionRegister.MonthTally> tally = register.tally(year);
    Map<String, Map<SocOutcome, Long>> periods = new LinkedHashMap<>();
    if (year != null) {
      for (int month = 1; month <= 12; month++) {
        periods.put(YearMonth.of(year, month).toString(), zeros(SocOutcome.class));
      }
    } else if (!tally.isEmpty()) {
      int first = tally.stream().mapToInt(DecisionRegister.MonthTally::year).min().orElseThrow();
      int last = tally.stream().mapToInt(DecisionRegister.MonthTally::year).max().orElseThrow();
      for (int each = first; each <= last; each++) {
        periods.put(String.valueOf(each), zeros(SocOutcome.class));
      }
    }
    Map<SocOutcome, Long> totals = zeros(SocOutcome.class);
    for (DecisionRegister.MonthTally count : tally) {
      String period = year != null ? YearMonth.of(count.year(), count.month()).toString() : String.valueOf(count.year());
      periods.get(period).merge(count.outcome(), count.decisions(), Long::sum);
      totals.merge(count.outcome(), count.decisions(), Long::sum);
    }
    return new DecisionsByOutcome(year, sum(totals), totals, periods.entrySet().stream()
        .map(period -> new DecisionsByOutcome.Period(period.getKey(), sum(period.getValue()), period.getValue()))
        .toList());
  }

  public SilenceOutcomes silenceOutcomes(Integer year) {
    ForumYear started = within(year);
    var byStatus = started == null ? silence.countByStatus(null, null)
        : silence.countByStatus(started.from(), started.until());
    return new SilenceOutcomes(year, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
  }

  public Throughput throughput(Integer year) {
    ZoneId zone = forum.timeZone();
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    figures.createdByMonth(zone, within(year)).forEach(count ->
        months.computeIfAbsent(YearMonth.of(count.year(), count.month()), none -> new long[2])[0] = count.documents());
    figures.adoptedByMonth(zone, within(year)).forEach(count ->
        months.computeIfAbsent(YearMonth.of(count.year(), count.month()), none -> new long[2])[1] = count.documents());
    List<Throughput.Month> rows = new ArrayList<>();
    if (year == null && months.isEmpty()) {
      return new Throughput(null, rows);
    }
    YearMonth last = year != null ? YearMonth.of(year, 12) : months.lastKey();
    for (YearMonth month = year != null ? YearMonth.of(year, 1) : months.firstKey(); !month.isAfter(last);
        month = month.plusMonths(1)) {
      long[] counts = months.getOrDefault(month, new long[2]);
      rows.add(new Throughput.Month(month.toString(), counts[0], counts[1]));
    }
    return new Throughput(year, rows);
  }

  /** The years a reader may choose: from the first document's to this one. */
  public List<Integer> years() {
    ZoneId zone = forum.timeZone();
    int now = clock.now().atZoneSameInstant(zone).getYear();
    int first = Math.min(figures.firstYear(zone).orElse(now), now);
    List<Integer> years = new ArrayList<>();
    for (int year = now; year >= first; year--) {
      years.add(year);
    }
    return years;
  }

  private ForumYear within(Integer year) {
    return ForumYear.of(year, forum.timeZone());
  }

  private Map<String, Distribution> distributions(Measure measure, Integer year,
      Function<StatisticsRepository.Bucket, String> key) {
    return figures.histogram(measure, year).stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.collectingAndThen(Collectors.toList(), buckets -> {
          Distribution distribution = new Distribution();
          buckets.forEach(bucket -> distribution.add(bucket.hours(), bucket.occurrences()));
          return distribution;
        })));
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> zeros = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      zeros.put(constant, 0L);
    }
    return zeros;
  }

  private static long sum(Map<?, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
