package org.accord.negotiation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentVersion;
import org.accord.document.DocumentWithdrawn;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.ProcessTasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SWG rounds, the delegations' positions, the consensus rule and the SWG Chair's part. */
@Service
public class NegotiationService {

  public static final String TASK_GIVE_POSITION = "Task_GivePosition";
  public static final String TASK_CONFIRM_CONSENSUS = "Task_ConfirmConsensus";
  public static final String TASK_RULE_ON_ROUNDS = "Task_DecideOnFurtherRounds";
  static final String SILENCE_ACTOR = "(silence at the deadline)";

  private final RoundRepository rounds;
  private final PositionRepository positions;
  private final DocumentService documents;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final Notifications notifications;
  private final AccordClock clock;

  NegotiationService(RoundRepository rounds, PositionRepository positions, DocumentService documents,
      Forum forum, ProcessTasks tasks, Notifications notifications, AccordClock clock) {
    this.rounds = rounds;
    this.positions = positions;
    this.documents = documents;
    this.forum = forum;
    this.tasks = tasks;
    this.notifications = notifications;
    this.clock = clock;
  }

  // ---- called by the API, one transaction per action ----

  /** A delegate gives their delegation's position in the open round. */
  @Transactional
  public Position givePosition(long documentId, String delegationCode, Object kindValue, String text,
      String anchor, CurrentUser user) {
    Statement statement = checked(documentId, delegationCode, kindValue, text, anchor, user);
    Delegation delegation = statement.delegation();
    if (positions.find(statement.round().id(), delegation.code()).isPresent()) {
      throw new ConflictException(delegation.name() + " has already given its position in round "
          + statement.round().number() + "; change it instead (PUT).");
    }
    String taskId = tasks.openTask(statement.round().documentId(), TASK_GIVE_POSITION, delegation.groupId())
        .orElseThrow(() -> new ConflictException("No position is awaited from " + delegation.name() + "."));
    tasks.complete(taskId, Map.of("positionKind", statement.kind().name(),
        "positionText", statement.text() == null ? "" : statement.text(),
        "positionAnchor", statement.anchor() == null ? "" : statement.anchor()), user);
    return positions.find(statement.round().id(), delegation.code()).orElseThrow();
  }

  /** A delegate changes their delegation's position while the round is still open; the record keeps both. */
  @Transactional
  public Position changePosition(long documentId, String delegationCode, Object kindValue, String text,
      String anchor, CurrentUser user) {
    Statement statement = checked(documentId, delegationCode, kindValue, text, anchor, user);
    Round round = statement.round();
    if (positions.find(round.id(), statement.delegation().code()).isEmpty()) {
      throw new ConflictException(statement.delegation().name() + " has not given a position in round "
          + round.number() + " yet; give it first (POST).");
    }
    positions.change(round.id(), statement.delegation().code(), statement.kind(), statement.text(), statement.anchor(),
        user.id(), clock.now());
    return positions.find(round.id(), statement.delegation().code()).orElseThrow();
  }

  /** A position as a delegate stated it, checked: who may speak for whom, the kind, its text, the open round. */
  private record Statement(Delegation delegation, PositionKind kind, String text, String anchor, Round round) {}

  private Statement checked(long documentId, String delegationCode, Object kindValue, String text, String anchor,
      CurrentUser user) {
    Document document = documents.lock(carrier(documentId));
    Delegation delegation = forum.memberState(delegationCode);
    requireMember(user, delegation);
    PositionKind kind = PositionKind.parse(kindValue);
    String checkedText = kind.checkText(text);
    checkAnchor(anchor);
    return new Statement(delegation, kind, checkedText, blankToNull(anchor), openRound(document));
  }

  /** The SWG Chair confirms consensus and recommends the text to the SOC. */
  @Transactional
  public ConsensusConfirmation confirmConsensus(long documentId, String note, CurrentUser user) {
    Document document = documents.lock(documentId);
    requireSwgChair(user);
    String taskId = tasks.openTask(document.id(), TASK_CONFIRM_CONSENSUS)
        .orElseThrow(() -> new ConflictException("The document is not waiting for the SWG Chair's confirmation."));
    tasks.complete(taskId, Map.of("consensusNote", note == null ? "" : note), user);
    List<ConsensusConfirmation> confirmations = rounds.confirmations(documentId);
    return confirmations.get(confirmations.size() - 1);
  }

  /** The SWG Chair rules, once the configured number of rounds is spent: one more round, or withdrawal. */
  @Transactional
  public ChairRuling ruleOnFurtherRounds(long documentId, Object ruling, String note, CurrentUser user) {
    Document document = documents.lock(documentId);
    requireSwgChair(user);
    String taskId = tasks.openTask(document.id(), TASK_RULE_ON_ROUNDS)
        .orElseThrow(() -> new ConflictException("The document is not waiting for a ruling on further rounds."));
    tasks.complete(taskId, Map.of("furtherRounds", ruling == null ? "" : ruling.toString(),
        "rulingNote", note == null ? "" : note), user);
    List<ChairRuling> rulings = rounds.rulings(documentId);
    return rulings.get(rulings.size() - 1);
  }

  // ---- called by the process ----

  /** "Open round": circulates the latest version (and a budget's staff matrix) with a deadline. */
  Round open(long documentId, String roundDeadline, String reminderLead, String silenceRule) {
    Document document = documents.lock(documentId);
    DocumentVersion version = documents.latestVersion(document.id());
    rounds.latest(documentId).filter(Round::isOpen).ifPresent(open -> {
      throw new ConflictException("Round " + open.number() + " is still open.");
    });
    Long companionVersion = documents.withCompanions(documentId).stream().skip(1).findFirst()
        .map(companion -> documents.latestVersion(companion.id()).id()).orElse(null);
    OffsetDateTime now = clock.now();
    OffsetDateTime deadline = now.plus(duration(roundDeadline, "roundDeadline"));
    OffsetDateTime reminderAt = reminderBefore(deadline, reminderLead, now);
    Round round = rounds.open(documentId, version.id(), companionVersion, now, deadline, reminderAt,
        SilenceRule.valueOf(silenceRule));
    // Each delegation hears of the round from its "Give position" task's mail, which names the due date.
    documents.changeStatus(documentId, DocumentStatus.IN_NEGOTIATION);
    return round;
  }

  void recordPosition(long roundId, String delegationGroup, Object kindValue, String text, String anchor,
      CurrentUser actor) {
    Delegation delegation = forum.findByGroup(delegationGroup)
        .orElseThrow(() -> new IllegalStateException("No delegation has the group " + delegationGroup));
    requireMember(actor, delegation);
    PositionKind kind = PositionKind.parse(kindValue);
    String checkedText = kind.checkText(text);
    checkAnchor(anchor);
    Round round = rounds.find(roundId).orElseThrow();
    if (!round.isOpen()) {
      throw new ConflictException("Round " + round.number() + " is closed.");
    }
    positions.insert(roundId, delegation.code(), kind, checkedText, blankToNull(anchor), false, actor.id(), clock.now());
  }

  /** The member-state groups that have given no position yet in this round. */
  List<String> silentGroups(long roundId) {
    Set<String> answered = positions.ofRound(roundId).stream().map(Position::delegationCode).collect(Collectors.toSet());
    return forum.memberStates().stream()
        .filter(state -> !answered.contains(state.code()))
        .map(Delegation::groupId)
        .toList();
  }

  void remindSilent(long roundId) {
    Round round = rounds.find(roundId).orElseThrow();
    Document document = documents.get(round.documentId());
    List<String> silent = silentGroups(roundId);
    notifications.toGroups(silent, new Notice("REMINDER", "document:" + document.id(),
        "Reminder: your position on " + document.label() + " is due " + round.deadline(),
        "Round " + round.number() + " on " + document.label() + " closes at " + round.deadline()
            + ". Your delegation has not given its position yet."));
    rounds.reminded(roundId, clock.now());
  }

  /** "Extend the deadline": silent delegations get one more period; returns the new deadline and reminder time. */
  Round extend(long roundId, String roundDeadline, String reminderLead) {
    Round round = rounds.find(roundId).orElseThrow();
    OffsetDateTime deadline = round.deadline().plus(duration(roundDeadline, "roundDeadline"));
    rounds.extend(roundId, deadline, reminderBefore(deadline, reminderLead, clock.now()));
    Document document = documents.get(round.documentId());
    notifications.toGroups(silentGroups(roundId), new Notice("DEADLINE_EXTENDED", "document:" + document.id(),
        "Deadline extended: " + document.label(),
        "The deadline of round " + round.number() + " on " + document.label() + " is extended once, to " + deadline
            + ". Your delegation has not given its position yet."));
    return rounds.find(roundId).orElseThrow();
  }

  /** "Record silence as no objection": what the rule makes of the delegations still silent. */
  void recordSilence(long roundId) {
    OffsetDateTime now = clock.now();
    for (String group : silentGroups(roundId)) {
      Delegation delegation = forum.findByGroup(group).orElseThrow();
      positions.insert(roundId, delegation.code(), PositionKind.NO_OBJECTION, null, null, true, SILENCE_ACTOR, now);
    }
  }

  RoundOutcome close(long roundId) {
    Round round = rounds.find(roundId).orElseThrow();
    boolean blocked = positions.ofRound(roundId).stream().anyMatch(p -> p.kind().blocksConsensus());
    RoundOutcome outcome = blocked ? RoundOutcome.REVISION_REQUIRED : RoundOutcome.CONSENSUS;
    rounds.close(roundId, outcome, clock.now());
    documents.changeStatus(round.documentId(),
        blocked ? DocumentStatus.IN_REVISION : DocumentStatus.AWAITING_CONSENSUS);
    return outcome;
  }

  /** On completing "Revise document": a new version must exist after the last circulated one. */
  void recordRevision(long documentId, String revisedText, String revisedData, CurrentUser actor) {
    Document document = documents.lock(documentId);
    documents.requireCoordinator(documents.coordinatorOf(document), actor);
    documents.addVersionFromTask(documentId, revisedText, revisedData, actor);
    int circulated = rounds.latest(documentId).map(Round::versionNumber).orElse(0);
    if (documents.latestVersion(documentId).number() <= circulated) {
      throw new InvalidInputException(
          "Upload the revised version before completing the revision; version " + circulated + " was already circulated.");
    }
  }

  void recordConsensus(long documentId, String note, CurrentUser actor) {
    requireSwgChair(actor);
    Round last = rounds.latest(documentId)
        .filter(round -> round.outcome() == RoundOutcome.CONSENSUS)
        .orElseThrow(() -> new ConflictException("The last round did not end in consensus."));
    rounds.confirmConsensus(documentId, last.id(), actor.id(), Inputs.note(note), clock.now());
    documents.changeStatus(documentId, DocumentStatus.RECOMMENDED);
  }

  ChairRuling.Ruling recordRuling(long documentId, Object rulingValue, String note, CurrentUser actor) {
    requireSwgChair(actor);
    ChairRuling.Ruling ruling = Inputs.oneOf(ChairRuling.Ruling.class, rulingValue, "ruling on further rounds");
    String checkedNote = Inputs.note(note);
    if (ruling == ChairRuling.Ruling.WITHDRAW && checkedNote == null) {
      throw new InvalidInputException("Give the reasons for withdrawing the document; they go on the record.");
    }
    int after = rounds.latest(documentId).map(Round::number).orElse(0);
    rounds.rule(documentId, after, ruling, actor.id(), checkedNote, clock.now());
    return ruling;
  }

  /** "Withdraw by ruling": the SWG Chair's withdrawal, with the ruling's reasons. */
  void withdrawByRuling(long documentId) {
    List<ChairRuling> rulings = rounds.rulings(documentId);
    ChairRuling ruling = rulings.get(rulings.size() - 1);
    documents.recordWithdrawal(documentId, ruling.ruledBy(),
        "Withdrawn by the SWG Chair's ruling after round " + ruling.afterRound() + ": " + ruling.note());
  }

  /** A withdrawn document's open round closes with it. */
  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    rounds.latest(withdrawn.documentId()).filter(Round::isOpen)
        .ifPresent(round -> rounds.close(round.id(), RoundOutcome.WITHDRAWN, clock.now()));
  }

  // ---- reading ----

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

  private long carrier(long documentId) {
    return documents.get(documentId).carrierId();
  }

  private Round openRound(Document document) {
    return rounds.latest(document.id()).filter(Round::isOpen)
        .orElseThrow(() -> new ConflictException("No round is open on this document."));
  }


  private static OffsetDateTime reminderBefore(OffsetDateTime deadline, String reminderLead, OffsetDateTime now) {
    OffsetDateTime reminder = deadline.minus(duration(reminderLead, "reminderLead"));
    return reminder.isBefore(now) ? now : reminder;
  }

  static Duration duration(String iso, String name) {
    try {
      return Duration.parse(iso);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException("The routing table gives " + name + " = '" + iso + "', not an ISO 8601 duration", e);
    }
  }

  private static void requireMember(CurrentUser user, Delegation delegation) {
    user.require(delegation.groupId(), "You do not belong to the delegation of " + delegation.name() + ".");
  }

  private static void requireSwgChair(CurrentUser user) {
    user.require(ForumGroups.SWG_CHAIR, "Only the SWG Chair does this.");
  }

  private static void checkAnchor(String anchor) {
    if (anchor != null && anchor.length() > 200) {
      throw new InvalidInputException("The paragraph or clause concerned is limited to 200 characters.");
    }
  }


  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

}
