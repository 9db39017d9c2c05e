package org.accord.negotiation;

import java.util.List;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentVersion;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.ProcessTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SWG rounds, the delegations' positions and the consensus rule. */
@Service
public class NegotiationService {

  public static final String TASK_GIVE_POSITION = "Task_GivePosition";
  public static final String TASK_CONFIRM_CONSENSUS = "Task_ConfirmConsensus";

  private final RoundRepository rounds;
  private final PositionRepository positions;
  private final DocumentService documents;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final AccordClock clock;

  NegotiationService(RoundRepository rounds, PositionRepository positions, DocumentService documents,
      Forum forum, ProcessTasks tasks, AccordClock clock) {
    this.rounds = rounds;
    this.positions = positions;
    this.documents = documents;
    this.forum = forum;
    this.tasks = tasks;
    this.clock = clock;
  }

  // ---- called by the API, one transaction per action ----

  /** A delegate gives their delegation's position in the open round. */
  @Transactional
  public Position givePosition(long documentId, String delegationCode, Object kindValue, String text,
      CurrentUser user) {
    Document document = documents.lock(documentId);
    Delegation delegation = positionHolder(delegationCode);
    requireMember(user, delegation);
    PositionKind kind = PositionKind.parse(kindValue);
    String checkedText = kind.checkText(text);
    Round round = openRound(document);
    if (positions.find(round.id(), delegation.code()).isPresent()) {
      throw new ConflictException(delegation.name() + " has already given its position in round "
          + round.number() + ".");
    }
    String taskId = tasks.openTask(documentId, TASK_GIVE_POSITION, delegation.groupId())
        .orElseThrow(() -> new ConflictException("No position is awaited from " + delegation.name() + "."));
    tasks.complete(taskId, Map.of("positionKind", kind.name(),
        "positionText", checkedText == null ? "" : checkedText), user);
    return positions.find(round.id(), delegation.code()).orElseThrow();
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

  // ---- called by the process ----

  Round open(long documentId) {
    Document document = documents.lock(documentId);
    DocumentVersion version = documents.latestVersion(document.id());
    rounds.latest(documentId).filter(Round::isOpen).ifPresent(open -> {
      throw new ConflictException("Round " + open.number() + " is still open.");
    });
    Round round = rounds.open(documentId, version.id(), clock.now(), null);
    documents.changeStatus(documentId, DocumentStatus.IN_NEGOTIATION);
    return round;
  }

  void recordPosition(long roundId, String delegationGroup, Object kindValue, String text, CurrentUser actor) {
    Delegation delegation = forum.findByGroup(delegationGroup)
        .orElseThrow(() -> new IllegalStateException("No delegation has the group " + delegationGroup));
    requireMember(actor, delegation);
    PositionKind kind = PositionKind.parse(kindValue);
    String checkedText = kind.checkText(text);
    Round round = rounds.find(roundId).orElseThrow();
    if (!round.isOpen()) {
      throw new ConflictException("Round " + round.number() + " is closed.");
    }
    positions.insert(roundId, delegation.code(), kind, checkedText, actor.id(), clock.now());
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
  void recordRevision(long documentId, String revisedText, CurrentUser actor) {
    Document document = documents.lock(documentId);
    documents.requireCoordinator(documents.coordinatorOf(document), actor);
    if (revisedText != null && !revisedText.isBlank()) {
      documents.addVersionFromTask(documentId, revisedText, actor);
    }
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
    if (note != null && note.length() > 2000) {
      throw new InvalidInputException("The note is longer than 2000 characters.");
    }
    rounds.confirmConsensus(documentId, last.id(), actor.id(), note == null || note.isBlank() ? null : note.strip(),
        clock.now());
    documents.changeStatus(documentId, DocumentStatus.AT_SOC);
  }

  // ---- reading ----

  public List<Round> rounds(long documentId) {
    return rounds.all(documentId);
  }

  public List<Position> positions(long roundId) {
    return positions.ofRound(roundId);
  }

  public List<ConsensusConfirmation> confirmations(long documentId) {
    return rounds.confirmations(documentId);
  }

  private Round openRound(Document document) {
    return rounds.latest(document.id()).filter(Round::isOpen)
        .orElseThrow(() -> new ConflictException("No round is open on this document."));
  }

  private Delegation positionHolder(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("The delegation is missing.");
    }
    Delegation delegation = forum.find(code.strip().toUpperCase())
        .orElseThrow(() -> new InvalidInputException("There is no delegation " + code + "."));
    if (!delegation.holdsPosition()) {
      throw new InvalidInputException(delegation.name() + " is not a member state and holds no position.");
    }
    return delegation;
  }

  private static void requireMember(CurrentUser user, Delegation delegation) {
    if (!user.isIn(delegation.groupId())) {
      throw new ForbiddenException("You do not belong to the delegation of " + delegation.name() + ".");
    }
  }

  private static void requireSwgChair(CurrentUser user) {
    if (!user.isIn(ForumGroups.SWG_CHAIR)) {
      throw new ForbiddenException("Only the SWG Chair confirms consensus.");
    }
  }
}
