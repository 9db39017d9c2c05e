package org.accord.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentStatusChanged;
import org.accord.document.DocumentTables;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionGiven;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;
import org.accord.silence.SilenceProcedures;
import org.accord.system.AccordClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The figures kept as the procedure runs, on H2 with Accord's migrations: three concept papers go from
 * creation to adoption through known stays in each stage, and the figures read back exactly.
 */
class TallyTest {

  /** 09:00 in Astana (UTC+5), the forum's zone. */
  private static final OffsetDateTime T0 = OffsetDateTime.of(2031, 3, 2, 4, 0, 0, 0, ZoneOffset.UTC);

  private final DocumentTables tables = new DocumentTables();
  private final StatisticsRepository figures = new StatisticsRepository(tables.jdbc(),
      new JdbcTransactionManager(tables.dataSource()));
  private final Negotiation negotiation = mock(Negotiation.class);
  private final Forum forum = mock(Forum.class);
  private final AccordClock clock = mock(AccordClock.class);
  private final Tally tally = new Tally(figures, negotiation, forum);
  private final Statistics statistics = new Statistics(figures, mock(Documents.class), negotiation,
      mock(DecisionRegister.class), mock(SilenceProcedures.class), forum, clock);
  private final Map<Long, Document> documents = new HashMap<>();
  private long paperA;

  @BeforeEach
  void givenThreeAdoptedPapersTwoBudgetsUnderWayAndAnActionPlanOfTheYearBefore() {
    when(forum.timeZone()).thenReturn(DocumentTables.ZONE);
    when(clock.now()).thenReturn(T0.plusDays(60));
    when(negotiation.rounds(anyLong())).thenReturn(List.of(round()));

    // A: two rounds with a revision between, 965 hours from creation to adoption at a meeting
    paperA = create(DocumentType.CONCEPT_PAPER, T0);
    move(paperA, DocumentStatus.AWAITING_REGISTRATION, T0.plusHours(3));
    move(paperA, DocumentStatus.IN_NEGOTIATION, T0.plusHours(5));
    move(paperA, DocumentStatus.IN_REVISION, T0.plusHours(5).plusDays(14));
    move(paperA, DocumentStatus.IN_NEGOTIATION, T0.plusHours(5).plusDays(16));
    move(paperA, DocumentStatus.AWAITING_CONSENSUS, T0.plusHours(5).plusDays(30));
    move(paperA, DocumentStatus.RECOMMENDED, T0.plusHours(5).plusDays(31));
    move(paperA, DocumentStatus.AWAITING_SOC_MEETING, T0.plusHours(5).plusDays(32));
    when(negotiation.rounds(paperA)).thenReturn(List.of(round(), round()));
    move(paperA, DocumentStatus.ADOPTED, T0.plusHours(5).plusDays(40));

    // B: one round, adopted by silence, 554 hours
    OffsetDateTime t1 = T0.plusDays(1);
    long paperB = create(DocumentType.CONCEPT_PAPER, t1);
    move(paperB, DocumentStatus.AWAITING_REGISTRATION, t1.plusHours(1));
    move(paperB, DocumentStatus.IN_NEGOTIATION, t1.plusHours(2));
    move(paperB, DocumentStatus.AWAITING_CONSENSUS, t1.plusHours(2).plusDays(14));
    move(paperB, DocumentStatus.RECOMMENDED, t1.plusHours(2).plusDays(15));
    move(paperB, DocumentStatus.UNDER_SILENCE, t1.plusHours(2).plusDays(16));
    move(paperB, DocumentStatus.ADOPTED, t1.plusHours(2).plusDays(23));

    // C: one round, adopted at a meeting after 720 hours; marked twice at the meeting (deferred once)
    OffsetDateTime t2 = T0.plusDays(2);
    long paperC = create(DocumentType.CONCEPT_PAPER, t2);
    move(paperC, DocumentStatus.AWAITING_REGISTRATION, t2.plusHours(10));
    move(paperC, DocumentStatus.IN_NEGOTIATION, t2.plusHours(12));
    move(paperC, DocumentStatus.AWAITING_CONSENSUS, t2.plusHours(12).plusDays(14));
    move(paperC, DocumentStatus.RECOMMENDED, t2.plusDays(15));
    move(paperC, DocumentStatus.AWAITING_SOC_MEETING, t2.plusDays(16));
    move(paperC, DocumentStatus.AWAITING_SOC_MEETING, t2.plusDays(23));
    move(paperC, DocumentStatus.ADOPTED, t2.plusDays(30));

    // a budget still awaiting its draft, one in negotiation
    create(DocumentType.BUDGET, T0);
    long budget = create(DocumentType.BUDGET, T0.plusDays(3));
    move(budget, DocumentStatus.AWAITING_REGISTRATION, T0.plusDays(3).plusHours(1));
    move(budget, DocumentStatus.IN_NEGOTIATION, T0.plusDays(4));

    // 18:00 UTC on New Year's Eve is still 2030 in Astana
    create(DocumentType.ACTION_PLAN, OffsetDateTime.of(2030, 12, 31, 18, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void shouldCountTheDocumentsOfEachStageByTypeOfTheYearOfCreation() {
    DocumentsByStage of2031 = statistics.documentsByStage(2031);

    assertThat(of2031.total()).isEqualTo(5);
    assertThat(stage(of2031, DocumentStatus.ADOPTED).byType()).containsEntry(DocumentType.CONCEPT_PAPER, 3L);
    assertThat(stage(of2031, DocumentStatus.AWAITING_DRAFT).byType()).containsEntry(DocumentType.BUDGET, 1L)
        .containsEntry(DocumentType.ACTION_PLAN, 0L);
    assertThat(stage(of2031, DocumentStatus.IN_NEGOTIATION).total()).isEqualTo(1);
    assertThat(of2031.stages()).hasSize(DocumentStatus.values().length);
    assertThat(statistics.documentsByStage(null).total()).isEqualTo(6);
    assertThat(stage(statistics.documentsByStage(2030), DocumentStatus.AWAITING_DRAFT).byType())
        .containsEntry(DocumentType.ACTION_PLAN, 1L);
  }

  @Test
  void shouldGiveTheMedianAndNinetiethPercentileOfTheCycleFromCreationToAdoption() {
    CycleTimes cycles = statistics.cycleTimes(2031);

    assertThat(cycles.types()).first().isEqualTo(new CycleTimes.Cycle(DocumentType.CONCEPT_PAPER, 3, 720.0, 916.0));
    assertThat(cycles.types()).filteredOn(cycle -> cycle.type() == DocumentType.BUDGET)
        .containsExactly(new CycleTimes.Cycle(DocumentType.BUDGET, 0, null, null));
    assertThat(statistics.cycleTimes(2030).types()).allSatisfy(cycle -> assertThat(cycle.adopted()).isZero());
  }

  @Test
  void shouldAddUpEachAdoptedDocumentsStaysInEachStage() {
    assertThat(statistics.stageTimes(2031).stages()).containsExactly(
        stay(DocumentStatus.AWAITING_DRAFT, 3, 3.0, 8.6),
        stay(DocumentStatus.AWAITING_REGISTRATION, 3, 2.0, 2.0),
        stay(DocumentStatus.IN_NEGOTIATION, 3, 336.0, 604.8),
        stay(DocumentStatus.IN_REVISION, 1, 48.0, 48.0),
        stay(DocumentStatus.AWAITING_CONSENSUS, 3, 24.0, 24.0),
        stay(DocumentStatus.RECOMMENDED, 3, 24.0, 24.0),
        stay(DocumentStatus.AWAITING_SOC_MEETING, 2, 264.0, 321.6),
        stay(DocumentStatus.UNDER_SILENCE, 1, 168.0, 168.0));
  }

  @Test
  void shouldCountTheRoundsEachAdoptedDocumentTook() {
    RoundsPerDocument rounds = statistics.roundsPerDocument(null);

    assertThat(rounds.adopted()).isEqualTo(3);
    assertThat(rounds.rounds()).extracting(RoundsPerDocument.Rounds::rounds, RoundsPerDocument.Rounds::total)
        .containsExactly(tuple(1, 2L), tuple(2, 1L));
    assertThat(rounds.rounds().get(1).byType()).containsEntry(DocumentType.CONCEPT_PAPER, 1L);
  }

  @Test
  void shouldCountTheDocumentsCreatedAndAdoptedInEachMonthOfTheForumsZone() {
    assertThat(statistics.throughput(null).months()).containsExactly(
        new Throughput.Month("2030-12", 1, 0), new Throughput.Month("2031-01", 0, 0),
        new Throughput.Month("2031-02", 0, 0), new Throughput.Month("2031-03", 5, 1),
        new Throughput.Month("2031-04", 0, 2));
    assertThat(statistics.throughput(2031).months()).hasSize(12)
        .contains(new Throughput.Month("2031-03", 5, 1), new Throughput.Month("2031-12", 0, 0));
  }

  @Test
  void shouldRankTheMemberStatesByTheirMedianTimeToAFirstPositionLeavingSilenceOut() {
    OffsetDateTime opened = T0.plusHours(5);
    answer("KZ", opened, opened.plusHours(2), false);
    answer("KZ", opened.plusDays(16), opened.plusDays(16).plusHours(10), false);
    answer("RU", opened, opened.plusHours(1).plusMinutes(59), false);
    answer("CN", opened, opened.plusHours(6), false);
    answer("IN", opened, opened.plusDays(14), true);

    assertThat(statistics.responseTimes(2031).delegations()).containsExactly(
        new ResponseTimes.Response(1, "RU", 1, 1.0),
        new ResponseTimes.Response(2, "CN", 1, 6.0),
        new ResponseTimes.Response(2, "KZ", 2, 6.0));
    assertThat(statistics.responseTimes(2030).delegations()).isEmpty();
  }

  @Test
  void shouldOfferTheYearsFromTheFirstDocumentsToThisOne() {
    assertThat(statistics.years()).containsExactly(2031, 2030);
  }

  private long create(DocumentType type, OffsetDateTime at) {
    long id = tables.add(type, type + " " + at, null, "KZ", DocumentStatus.AWAITING_DRAFT, at, at);
    Document document = new Document(id, type, "Document " + id, null, "KZ", DocumentStatus.AWAITING_DRAFT, null, null,
        "kz.delegate1", at, at, null, null, null);
    documents.put(id, document);
    tally.on(new DocumentStatusChanged(document, null, at));
    return id;
  }

  private void move(long id, DocumentStatus status, OffsetDateTime at) {
    Document before = documents.get(id);
    Document after = new Document(id, before.type(), before.title(), before.symbol(), before.coordinatorCode(), status,
        null, null, before.createdBy(), before.createdAt(), at, null, null, null);
    documents.put(id, after);
    tally.on(new DocumentStatusChanged(after, before.status(), at));
  }

  private void answer(String delegation, OffsetDateTime opened, OffsetDateTime given, boolean bySilence) {
    tally.on(new PositionGiven(paperA, 1, 1, delegation, PositionKind.NO_OBJECTION, bySilence, opened, given));
  }

  private static StageTimes.Stay stay(DocumentStatus stage, long documents, double median, double p90) {
    return new StageTimes.Stay(DocumentType.CONCEPT_PAPER, stage, documents, median, p90);
  }

  private static DocumentsByStage.Stage stage(DocumentsByStage figures, DocumentStatus stage) {
    return figures.stages().stream().filter(each -> each.stage() == stage).findFirst().orElseThrow();
  }

  private static Round round() {
    return new Round(1, 1, 1, 1, 1, null, T0, T0.plus(Duration.ofDays(14)), null, null, false, null, null, null);
  }
}
