package org.accord.negotiation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accord.acting.ActingChairs;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.accord.system.UserAction;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * SWG rounds as users work them: delegates give and change their delegation's position, the SWG
 * Chair confirms consensus and rules on further rounds; and what every module may read of rounds.
 */
@Service
public class Negotiation {

  public static final String TASK_GIVE_POSITION = "Task_GivePosition";
  public static final String TASK_CONFIRM_CONSENSUS = "Task_ConfirmConsensus";
  public static final String TASK_RULE_ON_ROUNDS = "Task_DecideOnFurtherRounds";
  /** The message negotiation-round waits for while it collects positions: the SWG Chair moved the deadline. */
  static final String MESSAGE_DEADLINE_EXTENDED = "DeadlineExtended";

  private final RoundRepository rounds;
  private final PositionRepository positions;
  private final Documents documents;
  private final Forum forum;
  private final WaitingTasks waiting;
  private final AccordClock clock;
  private final RuntimeService runtime;
  private final ActingChairs actingChairs;

  Negotiation(RoundRepository rounds, PositionRepository positions, Documents documents, Forum forum,
      WaitingTasks waiting, AccordClock clock, RuntimeService runtime, ActingChairs actingChairs) {
    this.runtime = runtime;
    this.actingChairs = actingChairs;
    this.rounds = rounds;
    this.positions = positions;
    this.documents = documents;
    this.forum = forum;
    this.waiting = waiting;
    this.clock = clock;
  }

  // ---- commands of users ----

  /** A delegate gives their delegation's position in the open round. */
  @UserAction
  public Position give(long documentId, GivePosition position, CurrentUser user) {
    GivePosition checked = position.checked();
    Document document = documents.lock(carrier(documentId));
    Delegation delegation = forum.memberState(checked.delegation());
    user.requireMemberOf(delegation);
    Round round = openRound(document);
    if (positions.find(round.id(), delegation.code()).isPresent()) {
      throw new ConflictException("refusal.negotiation.alreadyGiven", delegation, round.number());
    }
    waiting.complete(document.id(), TASK_GIVE_POSITION, delegation.groupId(), checked, user,
        "refusal.negotiation.notAwaited", delegation);
    return positions.find(round.id(), delegation.code()).orElseThrow();
  }

  /** A delegate changes their delegation's position while the round is still open; the record keeps both. */
  @UserAction
  public Position change(long documentId, GivePosition position, CurrentUser user) {
    GivePosition checked = position.checked();
    Document document = documents.lock(carrier(documentId));
    Delegation delegation = forum.memberState(checked.delegation());
    user.requireMemberOf(delegation);
    // The round's row lock makes a change and the round's close wait for each other: never a change
    // acknowledged and then not counted.
    Round round = rounds.lock(openRound(document).id()).filter(Round::isOpen)
        .orElseThrow(() -> new ConflictException("refusal.negotiation.justClosed"));
    if (positions.find(round.id(), delegation.code()).isEmpty()) {
      throw new ConflictException("refusal.negotiation.notGivenYet", delegation, round.number());
    }
    positions.change(round.id(), delegation.code(), checked.kind(), checked.text(), checked.anchor(), user.id(),
        clock.now());
    return positions.find(round.id(), delegation.code()).orElseThrow();
  }

  /** The SWG Chair confirms consensus and recommends the text to the SOC. */
  @UserAction
  public ConsensusConfirmation confirmConsensus(long documentId, ConsensusConfirmation.Given confirmation,
      CurrentUser user) {
    documents.lock(documentId);
    user.require(Role.SWG_CHAIR);
    waiting.complete(documentId, TASK_CONFIRM_CONSENSUS, confirmation, user,
        "refusal.negotiation.notWaitingConsensus");
    List<ConsensusConfirmation> confirmations = rounds.confirmations(documentId);
    return confirmations.get(confirmations.size() - 1);
  }

  /** The SWG Chair rules, once the configured number of rounds is spent: one more round, or withdrawal. */
  @UserAction
  public ChairRuling rule(long documentId, ChairRuling.Given ruling, CurrentUser user) {
    documents.lock(documentId);
    user.require(Role.SWG_CHAIR);
    waiting.complete(documentId, TASK_RULE_ON_ROUNDS, ruling, user,
        "refusal.negotiation.notWaitingRuling");
    List<ChairRuling> rulings = rounds.rulings(documentId);
    return rulings.get(rulings.size() - 1);
  }

  /**
   * The SWG Chair extends an open round's deadline, with a reason for the record. The deadline moves
   * in the round's record, then the round's process hears of it: it re-reads its timers and the
   * position tasks' due date from the record and mails every delegation of the round.
   */
  @UserAction
  public RoundExtension extendDeadline(long documentId, int roundNumber, OffsetDateTime newDeadline, String reason,
      CurrentUser user) {
    user.require(Role.SWG_CHAIR);
    if (newDeadline == null) {
      throw new InvalidInputException("refusal.negotiation.extension.deadlineMissing");
    }
    String why = Inputs.required(reason, Limits.NOTE, "refusal.negotiation.extension.reasonMissing",
        "refusal.input.note.tooLong");
    Document document = documents.lock(carrier(documentId));
    Round latest = rounds.latest(document.id())
        .orElseThrow(() -> new ConflictException("refusal.negotiation.noOpenRound"));
    if (latest.number() != roundNumber) {
      throw new ConflictException("refusal.negotiation.extension.notLatest", roundNumber, latest.number());
    }
    // Held until the commit: the deadline's own timer and a close wait for the extension, and it for them.
    Round round = rounds.lock(latest.id()).filter(Round::isOpen)
        .orElseThrow(() -> new ConflictException("refusal.negotiation.roundClosed", roundNumber));
    OffsetDateTime now = clock.now();
    String refusal = RoundRules.extensionRefusal(round.deadline(), newDeadline, now);
    if (refusal != null) {
      throw new InvalidInputException(refusal, round.deadline());
    }
    rounds.extendByChair(round, RoundRules.chairExtension(newDeadline, now, documents.routing(document.id())), why,
        user.id(), actingChairs.actingFor(user, Role.SWG_CHAIR), now);
    try {
      runtime.createMessageCorrelation(MESSAGE_DEADLINE_EXTENDED).processInstanceId(rounds.processOf(round.id()))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("refusal.negotiation.roundClosed", roundNumber);
    }
    return rounds.latestExtension(round.id()).orElseThrow();
  }

  // ---- reading ----

  /** A delegation's position in a round still open: it may come back and change it until the deadline. */
  public record OpenPosition(long documentId, int roundNumber, OffsetDateTime deadline, Position position) {}

  /** The positions these delegations hold in rounds still open, soonest deadline first. */
  public List<OpenPosition> openPositionsOf(Collection<String> delegationCodes) {
    return positions.inOpenRounds(delegationCodes);
  }

  /**
   * A delegation's part in the latest round on a document: the round, its position as it stands
   * (null while it has said nothing) and every statement it made in that round, oldest first.
   */
  public record DelegationInRound(Round round, Position position, List<PositionChange> statements) {}

  /** What the position form shows a delegate; empty before the document's first round. */
  public Optional<DelegationInRound> latestRoundOf(long documentId, String delegationCode) {
    return rounds.latest(carrier(documentId)).map(round -> new DelegationInRound(round,
        positions.find(round.id(), delegationCode).orElse(null), positions.changesOf(round.id(), delegationCode)));
  }

  public List<Round> rounds(long documentId) {
    return rounds.all(carrier(documentId));
  }

  public List<Position> positions(long roundId) {
    return positions.ofRound(roundId);
  }

  public List<PositionChange> changes(long roundId) {
    return positions.changes(roundId);
  }

  public List<ConsensusConfirmation> confirmations(long documentId) {
    return rounds.confirmations(carrier(documentId));
  }

  /** The SWG Chair's extensions of deadlines on a document, oldest first. */
  public List<RoundExtension> extensions(long documentId) {
    return rounds.extensions(carrier(documentId));
  }

  public List<ChairRuling> rulings(long documentId) {
    return rounds.rulings(carrier(documentId));
  }

  /** The reservations and interpretative statements of the last round, to attach to the decision. */
  public List<Position> lastRoundReservations(long documentId) {
    return rounds.latest(carrier(documentId))
        .map(round -> positions.ofRound(round.id()).stream()
            .filter(position -> position.kind() == PositionKind.RESERVATION).toList())
        .orElse(List.of());
  }

  /**
   * A round in progress as the SWG Chair watches it: how many member states answered in their own
   * words, how many are silent so far, how many positions block consensus.
   */
  public record OpenRound(Round round, int answered, int silent, int blocking) {}

  /** Every round still open across documents, soonest deadline first: one query, whatever their number. */
  public List<OpenRound> openRounds() {
    return openRounds(Integer.MAX_VALUE);
  }

  /** The first rounds still open, soonest deadline first. */
  public List<OpenRound> openRounds(int limit) {
    return rounds.openWithCounts(forum.memberStates().size(), limit);
  }

  /**
   * The open rounds counted, however many: how many there are and how many are past their deadline, and
   * for each delegation named, in how many of them (and of those overdue) it has answered.
   */
  public record OpenRoundTotals(int open, int overdue, Map<String, Answered> answered) {

    public record Answered(int rounds, int overdue) {}
  }

  public OpenRoundTotals openRoundTotals(Collection<String> delegationCodes, OffsetDateTime now) {
    RoundRepository.OpenCount counts = rounds.countOpen(now);
    return new OpenRoundTotals((int) counts.open(), (int) counts.overdue(),
        positions.answeredInOpenRounds(delegationCodes, now));
  }

  /** The delegations among those named that hold a position in each of the rounds, by round. */
  public Map<Long, Set<String>> answeredIn(Collection<Long> roundIds, Collection<String> delegationCodes) {
    return positions.delegationsIn(roundIds, delegationCodes);
  }

  /**
   * What the SWG Chair confirms: the latest round, its positions counted by kind (every kind, zeros
   * included, in the enum's order), the member states that said nothing in their own words, and the
   * reservations and interpretative statements that will travel with the text.
   */
  public record RoundSummary(Round round, Map<PositionKind, Long> counts, long bySilence, int silent,
      List<Position> reservations) {}

  /** The summary of the document's latest round; empty before its first. */
  public Optional<RoundSummary> latestRoundSummary(long documentId) {
    return rounds.latest(carrier(documentId)).map(round -> {
      List<Position> given = positions.ofRound(round.id());
      Map<PositionKind, Long> counts = new EnumMap<>(PositionKind.class);
      for (PositionKind kind : PositionKind.values()) {
        counts.put(kind, given.stream().filter(position -> position.kind() == kind).count());
      }
      long bySilence = given.stream().filter(Position::bySilence).count();
      int silent = Math.max(forum.memberStates().size() - given.size(), 0);
      List<Position> reservations = given.stream().filter(position -> position.kind() == PositionKind.RESERVATION)
          .toList();
      return new RoundSummary(round, counts, bySilence, silent, reservations);
    });
  }

  private long carrier(long documentId) {
    return documents.get(documentId).carrierId();
  }

  private Round openRound(Document document) {
    return rounds.latest(document.id()).filter(Round::isOpen)
        .orElseThrow(() -> new ConflictException("refusal.negotiation.noOpenRound"));
  }
}
