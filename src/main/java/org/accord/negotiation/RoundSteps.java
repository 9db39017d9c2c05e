package org.accord.negotiation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.accord.acting.ActingChairs;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.DocumentWithdrawn;
import org.accord.document.Documents;
import org.accord.document.Routing;
import org.accord.document.VersionSubmitted;
import org.accord.document.Withdrawal;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.notification.Notice;
import org.accord.notification.Wording;
import org.accord.notification.Notifications;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The steps of negotiation-round, and negotiation's steps in document-approval, as its delegates
 * and task listeners call them. Every fact comes from Accord's tables, found through the process
 * instance; the rules are {@link RoundRules}.
 */
@Component
class RoundSteps {

  /** Who is on the record for a position taken from a delegation's silence. */
  static final String SILENCE_ACTOR = "(silence at the deadline)";

  private final RoundRepository rounds;
  private final PositionRepository positions;
  private final Documents documents;
  private final Forum forum;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final AccordClock clock;
  private final ActingChairs actingChairs;

  RoundSteps(RoundRepository rounds, PositionRepository positions, Documents documents, Forum forum,
      Notifications notifications, ApplicationEventPublisher events, AccordClock clock, ActingChairs actingChairs) {
    this.rounds = rounds;
    this.positions = positions;
    this.documents = documents;
    this.forum = forum;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
    this.actingChairs = actingChairs;
  }

  // ---- negotiation-round ----

  /**
   * "Open round": circulates the latest version (and a budget's staff matrix) with the deadline and
   * reminder the document's routing gives. {@code documentProcess} is the document-approval
   * instance that called this round's instance {@code roundProcess}.
   */
  Round open(String documentProcess, String roundProcess) {
    Document document = documents.lock(documents.carriedBy(documentProcess).id());
    DocumentVersion version = documents.latestVersion(document.id());
    rounds.latest(document.id()).filter(Round::isOpen).ifPresent(open -> {
      throw new ConflictException("refusal.negotiation.roundStillOpen", open.number());
    });
    Long companionVersion = documents.withCompanions(document.id()).stream().skip(1).findFirst()
        .map(companion -> documents.latestVersion(companion.id()).id()).orElse(null);
    Routing routing = documents.routing(document.id());
    OffsetDateTime now = clock.now();
    // Each delegation hears of the round from its "Give position" task's mail, which names the due date.
    return rounds.open(new RoundRepository.Opening(document.id(), roundProcess, version, companionVersion, now,
        RoundRules.opening(now, routing), routing.silenceRule()));
  }

  /** The round run by this instance of negotiation-round. */
  Round round(String roundProcess) {
    return rounds.ofProcess(roundProcess)
        .orElseThrow(() -> new IllegalStateException("No round is run by process instance " + roundProcess));
  }

  /** On completing "Give position": the delegation's position, checked and recorded. */
  void recordPosition(Round round, Delegation delegation, GivePosition stated, CurrentUser actor) {
    if (stated.delegation() != null && !delegation.code().equals(stated.checked().delegation())) {
      throw new InvalidInputException("refusal.negotiation.otherDelegation", delegation, stated.delegation());
    }
    actor.requireMemberOf(delegation);
    GivePosition checked = stated.checked();
    Round current = rounds.lock(round.id()).orElseThrow();
    if (!current.isOpen()) {
      throw new ConflictException("refusal.negotiation.roundClosed", current.number());
    }
    OffsetDateTime now = clock.now();
    positions.insert(round.id(), delegation.code(), checked.kind(), checked.text(), checked.anchor(), false,
        actor.id(), now);
    events.publishEvent(new PositionGiven(current.documentId(), current.id(), current.number(), delegation.code(),
        checked.kind(), false, current.openedAt(), now));
  }

  /** The member-state groups that have given no position yet in this round. */
  List<String> silentGroups(Round round) {
    return silentDelegations(round).stream().map(Delegation::groupId).toList();
  }

  /** "Remind silent delegations": mails the delegations that have not answered yet. */
  void remindSilent(Round round) {
    Document document = documents.get(round.documentId());
    notifications.toGroups(silentGroups(round), Notice.of("REMINDER", "document:" + document.id(),
        Wording.of("mail.reminder.subject", document.label(), round.deadline()),
        Wording.of("mail.reminder.body", round.number(), document.label(), round.deadline()),
        Wording.of("mail.position.open", new Wording.Page("/documents/" + document.id() + "#position"))));
    rounds.reminded(round.id(), clock.now());
  }

  /** Whether the silent delegations get one more period at this deadline. */
  boolean extendsAtDeadline(Round round) {
    return RoundRules.extendsAtDeadline(round.silenceRule(), round.extended());
  }

  /** "Extend the deadline": silent delegations get one more period after the old deadline. */
  Round extend(Round round) {
    Routing routing = documents.routing(round.documentId());
    RoundRules.Schedule schedule = RoundRules.extension(round.deadline(), clock.now(), routing);
    rounds.extend(round.id(), schedule);
    Document document = documents.get(round.documentId());
    notifications.toGroups(silentGroups(round), Notice.of("DEADLINE_EXTENDED", "document:" + document.id(),
        Wording.of("mail.extended.subject", document.label()),
        Wording.of("mail.extended.body", round.number(), document.label(), schedule.deadline()),
        Wording.of("mail.position.open", new Wording.Page("/documents/" + document.id() + "#position"))));
    return rounds.find(round.id()).orElseThrow();
  }

  /**
   * "Tell the delegations of the new deadline": after the SWG Chair's extension, every delegation of
   * the round hears of it, those that answered too (their position may still change until then).
   * Only an extension on the record is announced: a bare message from elsewhere is refused.
   */
  RoundExtension announceExtension(Round round) {
    RoundExtension extension = rounds.latestExtension(round.id())
        .filter(latest -> latest.newDeadline().isEqual(round.deadline()))
        .orElseThrow(() -> new IllegalStateException("Round " + round.id() + " has no extension on record to announce"));
    Document document = documents.get(round.documentId());
    notifications.toGroups(forum.memberStates().stream().map(Delegation::groupId).toList(),
        Notice.of("DEADLINE_EXTENDED_BY_CHAIR", "document:" + document.id(),
            Wording.of("mail.chairExtension.subject", document.label(), extension.newDeadline()),
            Wording.of("mail.chairExtension.body", round.number(), document.label(), extension.previousDeadline(),
                extension.newDeadline(), extension.reason()),
            Wording.of("mail.position.open", new Wording.Page("/documents/" + document.id() + "#position"))));
    return extension;
  }

  /** "Record silence as no objection": what the rule makes of the delegations still silent. */
  void recordSilence(Round round) {
    OffsetDateTime now = clock.now();
    for (Delegation delegation : silentDelegations(round)) {
      positions.insert(round.id(), delegation.code(), RoundRules.silenceCountsAs(), null, null, true, SILENCE_ACTOR, now);
      events.publishEvent(new PositionGiven(round.documentId(), round.id(), round.number(), delegation.code(),
          RoundRules.silenceCountsAs(), true, round.openedAt(), now));
    }
  }

  /** "Close round": the consensus rule on the positions as they stand. */
  RoundOutcome close(Round round) {
    rounds.lock(round.id());
    RoundOutcome outcome = RoundRules.outcome(positions.ofRound(round.id()).stream().map(Position::kind).toList());
    rounds.close(round.id(), outcome, clock.now());
    return outcome;
  }

  // ---- negotiation's steps in document-approval ----

  /** On completing "Revise document": a version newer than the one last circulated must exist. */
  void recordRevision(Document document, VersionSubmitted submitted, CurrentUser actor) {
    documents.requireCoordinator(documents.coordinatorOf(document), actor);
    if (submitted.typed() != null) {
      documents.addVersion(document.id(), submitted.typed(), actor);
    }
    int circulated = rounds.latest(document.id()).map(Round::versionNumber).orElse(0);
    if (documents.latestVersion(document.id()).number() <= circulated) {
      throw new InvalidInputException("refusal.negotiation.revisionFirst", circulated);
    }
  }

  /** On completing "Confirm consensus": the SWG Chair's confirmation, on the round that reached it. */
  void recordConsensus(Document document, ConsensusConfirmation.Given given, CurrentUser actor) {
    actor.require(Role.SWG_CHAIR);
    Round last = rounds.latest(document.id())
        .filter(round -> round.outcome() == RoundOutcome.CONSENSUS)
        .orElseThrow(() -> new ConflictException("refusal.negotiation.noConsensus"));
    rounds.confirmConsensus(document.id(), last.id(), actor.id(), actingChairs.actingFor(actor, Role.SWG_CHAIR),
        Inputs.note(given.note()), clock.now());
  }

  /**
   * On completing "Rule on further rounds": the ruling on the record; a withdrawal is handed to
   * the document's "Withdraw by ruling" step with the ruling's reasons.
   */
  ChairRuling.Given recordRuling(Document document, ChairRuling.Given given, CurrentUser actor,
      Consumer<Withdrawal> withdraw) {
    actor.require(Role.SWG_CHAIR);
    ChairRuling.Given checked = given.checked();
    int after = rounds.latest(document.id()).map(Round::number).orElse(0);
    rounds.rule(document.id(), after, checked.ruling(), actor.id(), actingChairs.actingFor(actor, Role.SWG_CHAIR),
        checked.note(), clock.now());
    if (checked.ruling() == ChairRuling.Ruling.WITHDRAW) {
      withdraw.accept(new Withdrawal(actor.id(),
          "Withdrawn by the SWG Chair's ruling after round " + after + ": " + checked.note()));
    }
    return checked;
  }

  /** A withdrawn document's open round closes with it. */
  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    rounds.latest(withdrawn.documentId()).filter(Round::isOpen)
        .ifPresent(round -> rounds.close(round.id(), RoundOutcome.WITHDRAWN, clock.now()));
  }

  private List<Delegation> silentDelegations(Round round) {
    List<Delegation> memberStates = forum.memberStates();
    Set<String> answered = positions.ofRound(round.id()).stream().map(Position::delegationCode)
        .collect(Collectors.toSet());
    List<String> silent = RoundRules.silent(memberStates.stream().map(Delegation::code).toList(), answered);
    return memberStates.stream().filter(state -> silent.contains(state.code())).toList();
  }
}
