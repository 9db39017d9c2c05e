package org.accord.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.acting.ActingChairs;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentType;
import org.accord.document.Documents;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SWG Chair's extension of a deadline as {@link Negotiation} checks it before anything moves:
 * only the Chair, only the open latest round, only to a later deadline in the future, with a reason.
 */
class DeadlineExtensionTest {

  private static final long PAPER = 7;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2022-12-10T10:00:00Z");
  private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2022-12-17T08:00:00Z");
  private static final CurrentUser CHAIR = new CurrentUser("swg.chair", List.of("chairs", "swg-chair"));
  private static final Routing CONCEPT_PAPERS = new Routing(Duration.ofDays(14), 3, true, Duration.ofDays(3),
      SilenceRule.NO_OBJECTION);

  private final RoundRepository rounds = mock(RoundRepository.class);
  private final Documents documents = mock(Documents.class);
  private final AccordClock clock = mock(AccordClock.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
  private final Negotiation negotiation = new Negotiation(rounds, mock(PositionRepository.class), documents,
      mock(Forum.class), mock(WaitingTasks.class), clock, runtime, mock(ActingChairs.class));

  @BeforeEach
  void givenAConceptPaperInItsSecondRound() {
    Document paper = new Document(PAPER, DocumentType.CONCEPT_PAPER, "Concept paper on energy", "CICA/SWG/2022/CP-7",
        "KZ", DocumentStatus.IN_NEGOTIATION, "process-7", null, "kz.delegate1", NOW, NOW, null, null, null);
    when(documents.get(PAPER)).thenReturn(paper);
    when(documents.lock(PAPER)).thenReturn(paper);
    when(documents.routing(PAPER)).thenReturn(CONCEPT_PAPERS);
    when(clock.now()).thenReturn(NOW);
    when(rounds.latest(PAPER)).thenReturn(Optional.of(round(null)));
    when(rounds.lock(21)).thenReturn(Optional.of(round(null)));
    when(rounds.processOf(21)).thenReturn("round-process-21");
    when(runtime.createMessageCorrelation(anyString())).thenReturn(correlation);
  }

  @Test
  void shouldMoveTheDeadlineOnTheRecordThenTellTheRoundsProcess() {
    // given: the Chair moves the deadline three days later
    OffsetDateTime later = DEADLINE.plusDays(3);
    RoundExtension recorded = new RoundExtension(1, 21, PAPER, 2, DEADLINE, later, "Consultations in capitals.",
        "swg.chair", NOW, null);
    when(rounds.latestExtension(21)).thenReturn(Optional.of(recorded));

    // when
    RoundExtension extension = negotiation.extendDeadline(PAPER, 2, later, "  Consultations in capitals. ", CHAIR);

    // then: the new deadline and its reminder (three days before) are on the record, with the reason trimmed;
    // then the round's own process instance hears of it
    assertThat(extension).isEqualTo(recorded);
    verify(rounds).extendByChair(round(null), new RoundRules.Schedule(later, later.minusDays(3)),
        "Consultations in capitals.", "swg.chair", null, NOW);
    verify(runtime).createMessageCorrelation(Negotiation.MESSAGE_DEADLINE_EXTENDED);
    verify(correlation).processInstanceId("round-process-21");
    verify(correlation).correlateWithResult();
  }

  @Test
  void shouldRefuseAnyoneButTheSwgChair() {
    CurrentUser delegate = new CurrentUser("kz.delegate1", List.of("delegation-kz"));
    CurrentUser socChair = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));

    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.plusDays(1), "Why", delegate))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.plusDays(1), "Why", socChair))
        .isInstanceOf(ForbiddenException.class);
    verifyNoInteractions(rounds, runtime);
  }

  @Test
  void shouldRefuseADeadlineInThePast() {
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, NOW.minusMinutes(1), "Why", CHAIR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be in the future");
    assertThatNothingMoved();
  }

  @Test
  void shouldRefuseADeadlineNoLaterThanTheCurrentOne() {
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.minusDays(1), "Why", CHAIR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("later than the current one");
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE, "Why", CHAIR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("later than the current one");
    assertThatNothingMoved();
  }

  @Test
  void shouldRefuseAClosedRound() {
    when(rounds.latest(PAPER)).thenReturn(Optional.of(round(NOW.minusDays(1))));
    when(rounds.lock(21)).thenReturn(Optional.of(round(NOW.minusDays(1))));

    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.plusDays(1), "Why", CHAIR))
        .isInstanceOf(ConflictException.class).hasMessage("Round 2 is closed.");
    assertThatNothingMoved();
  }

  @Test
  void shouldRefuseARoundThatIsNotTheLatestOrAPaperWithoutRounds() {
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 1, DEADLINE.plusDays(1), "Why", CHAIR))
        .isInstanceOf(ConflictException.class).hasMessage("Round 1 is not the latest round on this document; round 2 is.");
    when(rounds.latest(PAPER)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 1, DEADLINE.plusDays(1), "Why", CHAIR))
        .isInstanceOf(ConflictException.class).hasMessage("No round is open on this document.");
    assertThatNothingMoved();
  }

  @Test
  void shouldRequireTheNewDeadlineAndAReason() {
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, null, "Why", CHAIR))
        .isInstanceOf(InvalidInputException.class).hasMessage("Give the new deadline.");
    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.plusDays(1), "  ", CHAIR))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Give the reason for the extension");
    assertThatNothingMoved();
  }

  @Test
  void shouldRefuseWhenTheRoundsProcessNoLongerWaits() {
    // given: the round's process closed it in the meantime (its deadline timer fired first)
    when(correlation.correlateWithResult()).thenThrow(new MismatchingMessageCorrelationException("DeadlineExtended"));

    assertThatThrownBy(() -> negotiation.extendDeadline(PAPER, 2, DEADLINE.plusDays(1), "Why", CHAIR))
        .isInstanceOf(ConflictException.class).hasMessage("Round 2 is closed.");
  }

  private void assertThatNothingMoved() {
    verify(rounds, never()).extendByChair(any(), any(), any(), any(), any(), any());
    verify(runtime, never()).createMessageCorrelation(eq(Negotiation.MESSAGE_DEADLINE_EXTENDED));
  }

  private static Round round(OffsetDateTime closedAt) {
    return new Round(21, PAPER, 2, 5, 2, null, NOW.minusDays(7), DEADLINE, DEADLINE.minusDays(3), null, false,
        SilenceRule.NO_OBJECTION, closedAt, closedAt == null ? null : RoundOutcome.CONSENSUS);
  }
}
