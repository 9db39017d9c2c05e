package org.accord.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;
import org.junit.jupiter.api.Test;

/** The round's rules on their own: what the process steps apply and the process tests call. */
class RoundRulesTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-03T09:00:00Z");
  private static final Routing CONCEPT_PAPER = new Routing(Duration.ofDays(14), 3, true, Duration.ofDays(3),
      SilenceRule.NO_OBJECTION);
  private static final Routing ACTION_PLAN = new Routing(Duration.ofDays(21), 3, false, Duration.ofDays(5),
      SilenceRule.EXTEND_ONCE);

  @Test
  void shouldReachConsensusWhenNoDelegationAmendsOrObjects() {
    assertThat(RoundRules.outcome(List.of(PositionKind.NO_OBJECTION, PositionKind.RESERVATION)))
        .isEqualTo(RoundOutcome.CONSENSUS);
    assertThat(RoundRules.outcome(List.of())).isEqualTo(RoundOutcome.CONSENSUS);
  }

  @Test
  void shouldRequireRevisionWhenAnyDelegationAmendsOrObjects() {
    assertThat(RoundRules.outcome(List.of(PositionKind.NO_OBJECTION, PositionKind.AMENDMENT)))
        .isEqualTo(RoundOutcome.REVISION_REQUIRED);
    assertThat(RoundRules.outcome(List.of(PositionKind.RESERVATION, PositionKind.OBJECTION)))
        .isEqualTo(RoundOutcome.REVISION_REQUIRED);
  }

  @Test
  void shouldCountAsSilentOnlyTheDelegationsThatHaveNotAnswered() {
    assertThat(RoundRules.silent(List.of("CN", "KZ", "RU", "TR"), Set.of("KZ", "TR"))).containsExactly("CN", "RU");
    assertThat(RoundRules.silent(List.of("CN", "KZ"), Set.of("CN", "KZ"))).isEmpty();
  }

  @Test
  void shouldCloseARoundOneRoutingPeriodAfterItOpensAndRemindItsLeadTimeBefore() {
    RoundRules.Schedule schedule = RoundRules.opening(NOW, CONCEPT_PAPER);

    assertThat(schedule.deadline()).isEqualTo(OffsetDateTime.parse("2025-03-17T09:00:00Z"));
    assertThat(schedule.reminderAt()).isEqualTo(OffsetDateTime.parse("2025-03-14T09:00:00Z"));
  }

  @Test
  void shouldRemindAtOnceWhenTheLeadTimeIsLongerThanTheRound() {
    Routing shortRound = new Routing(Duration.ofDays(2), 3, true, Duration.ofDays(3), SilenceRule.NO_OBJECTION);

    assertThat(RoundRules.opening(NOW, shortRound).reminderAt()).isEqualTo(NOW);
  }

  @Test
  void shouldExtendByOneMorePeriodAfterTheOldDeadline() {
    OffsetDateTime deadline = OffsetDateTime.parse("2025-03-24T09:00:00Z");

    RoundRules.Schedule extended = RoundRules.extension(deadline, deadline, ACTION_PLAN);

    assertThat(extended.deadline()).isEqualTo(OffsetDateTime.parse("2025-04-14T09:00:00Z"));
    assertThat(extended.reminderAt()).isEqualTo(OffsetDateTime.parse("2025-04-09T09:00:00Z"));
  }

  @Test
  void shouldExtendOnceOnlyAndOnlyUnderTheRuleExtendOnce() {
    assertThat(RoundRules.extendsAtDeadline(SilenceRule.EXTEND_ONCE, false)).isTrue();
    assertThat(RoundRules.extendsAtDeadline(SilenceRule.EXTEND_ONCE, true)).isFalse();
    assertThat(RoundRules.extendsAtDeadline(SilenceRule.NO_OBJECTION, false)).isFalse();
    assertThat(RoundRules.silenceCountsAs()).isEqualTo(PositionKind.NO_OBJECTION);
  }

  @Test
  void shouldLetTheSwgChairRuleOnceTheConfiguredRoundsAreSpent() {
    assertThat(RoundRules.limitReached(2, ACTION_PLAN)).isFalse();
    assertThat(RoundRules.limitReached(3, ACTION_PLAN)).isTrue();
    assertThat(RoundRules.limitReached(4, ACTION_PLAN)).isTrue();
  }

  @Test
  void shouldKeepTheReminderLeadBeforeTheChairsNewDeadlineOrRemindHalfwayWhenTheLeadHasPassed() {
    Routing routing = new Routing(Duration.ofDays(14), 3, true, Duration.ofDays(3), SilenceRule.NO_OBJECTION);
    OffsetDateTime now = OffsetDateTime.parse("2022-12-10T10:00:00Z");

    assertThat(RoundRules.chairExtension(now.plusDays(10), now, routing))
        .isEqualTo(new RoundRules.Schedule(now.plusDays(10), now.plusDays(7)));
    assertThat(RoundRules.chairExtension(now.plusDays(2), now, routing))
        .isEqualTo(new RoundRules.Schedule(now.plusDays(2), now.plusDays(1)));
  }

  @Test
  void shouldAcceptOnlyAChairsDeadlineLaterThanTheCurrentOneAndInTheFuture() {
    OffsetDateTime now = OffsetDateTime.parse("2022-12-10T10:00:00Z");
    OffsetDateTime current = now.plusDays(3);

    assertThat(RoundRules.extensionRefusal(current, current.plusMinutes(1), now)).isNull();
    assertThat(RoundRules.extensionRefusal(current, current, now)).isEqualTo("refusal.negotiation.extension.notLater");
    assertThat(RoundRules.extensionRefusal(current, now, now)).isEqualTo("refusal.negotiation.extension.past");
    // a round overdue (its timer not yet fired): the new deadline must still be in the future
    assertThat(RoundRules.extensionRefusal(now.minusHours(1), now.minusMinutes(1), now))
        .isEqualTo("refusal.negotiation.extension.past");
  }
}
