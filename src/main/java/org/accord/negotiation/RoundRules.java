package org.accord.negotiation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;

/**
 * The forum's rules of a negotiation round, as plain functions of their facts: Accord's process
 * steps apply them, and the process tests call the same functions rather than copies.
 */
public final class RoundRules {

  private RoundRules() {}

  /** When a round closes, and when the delegations still silent are reminded. */
  public record Schedule(OffsetDateTime deadline, OffsetDateTime reminderAt) {}

  /** Consensus is the absence of any amendment or objection; a reservation does not block it. */
  public static RoundOutcome outcome(Collection<PositionKind> positions) {
    return positions.stream().anyMatch(PositionKind::blocksConsensus)
        ? RoundOutcome.REVISION_REQUIRED : RoundOutcome.CONSENSUS;
  }

  /** The delegations asked in a round that have not answered yet, in the forum's order. */
  public static List<String> silent(List<String> memberStates, Set<String> answered) {
    return memberStates.stream().filter(state -> !answered.contains(state)).toList();
  }

  /** A round opened now closes one routing period from now; the reminder goes out its lead time before. */
  public static Schedule opening(OffsetDateTime now, Routing routing) {
    return schedule(now.plus(routing.roundDeadline()), now, routing);
  }

  /** The one extension: one more period after the old deadline. */
  public static Schedule extension(OffsetDateTime deadline, OffsetDateTime now, Routing routing) {
    return schedule(deadline.plus(routing.roundDeadline()), now, routing);
  }

  /**
   * The SWG Chair's extension to a deadline of their choice. The reminder keeps its lead before the
   * new deadline; when that moment has already passed, it goes halfway to the new deadline, since
   * the extension's own mail has just reached every delegation.
   */
  public static Schedule chairExtension(OffsetDateTime newDeadline, OffsetDateTime now, Routing routing) {
    OffsetDateTime reminder = newDeadline.minus(routing.reminderLead());
    if (reminder.isBefore(now)) {
      reminder = now.plus(Duration.between(now, newDeadline).dividedBy(2));
    }
    return new Schedule(newDeadline, reminder);
  }

  /**
   * Why the SWG Chair may not move an open round's deadline to {@code newDeadline}: the bundle key
   * of the refusal, or null when the new deadline is later than the current one and in the future.
   */
  public static String extensionRefusal(OffsetDateTime current, OffsetDateTime newDeadline, OffsetDateTime now) {
    if (!newDeadline.isAfter(now)) {
      return "refusal.negotiation.extension.past";
    }
    if (!newDeadline.isAfter(current)) {
      return "refusal.negotiation.extension.notLater";
    }
    return null;
  }

  /** At the deadline, silent delegations get one more period under EXTEND_ONCE, once; otherwise silence counts. */
  public static boolean extendsAtDeadline(SilenceRule rule, boolean alreadyExtended) {
    return rule == SilenceRule.EXTEND_ONCE && !alreadyExtended;
  }

  /** What the silence of a delegation counts as, once the deadline has passed without an extension. */
  public static PositionKind silenceCountsAs() {
    return PositionKind.NO_OBJECTION;
  }

  /** The configured number of rounds is spent: the SWG Chair rules before another round. */
  public static boolean limitReached(int roundNumber, Routing routing) {
    return roundNumber >= routing.roundsBeforeChairRules();
  }

  /** A reminder due before now goes out at once. */
  private static Schedule schedule(OffsetDateTime deadline, OffsetDateTime now, Routing routing) {
    OffsetDateTime reminder = deadline.minus(routing.reminderLead());
    return new Schedule(deadline, reminder.isBefore(now) ? now : reminder);
  }
}
