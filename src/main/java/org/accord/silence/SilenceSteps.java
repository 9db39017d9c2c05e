package org.accord.silence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.accord.acting.ActingChairs;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.DocumentWithdrawn;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.notification.Wording;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Times;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The steps of silence-procedure, as its delegates and task listeners call them, with the procedure
 * found through its process instance. Every delegation hears of the start, the break and the outcome.
 */
@Component
class SilenceSteps {

  private final SilenceRepository procedures;
  private final Documents documents;
  private final Negotiation negotiation;
  private final DecisionRegister register;
  private final Forum forum;
  private final Notifications notifications;
  private final AccordClock clock;
  private final ActingChairs actingChairs;

  SilenceSteps(SilenceRepository procedures, Documents documents, Negotiation negotiation, DecisionRegister register,
      Forum forum, Notifications notifications, AccordClock clock, ActingChairs actingChairs) {
    this.actingChairs = actingChairs;
    this.procedures = procedures;
    this.documents = documents;
    this.negotiation = negotiation;
    this.register = register;
    this.forum = forum;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The procedure run by this instance of silence-procedure. */
  SilenceProcedure procedure(String silenceProcess) {
    return procedures.ofProcess(silenceProcess)
        .orElseThrow(() -> new IllegalStateException("No silence procedure is run by process instance " + silenceProcess));
  }

  /**
   * On completing "Circulate under silence": records the procedure on the latest version; its
   * expiry drives the timer. {@code documentProcess} called this instance {@code silenceProcess}.
   */
  SilenceProcedure start(String documentProcess, String silenceProcess, Circulation circulation, CurrentUser actor) {
    actor.require(Role.SOC_CHAIR);
    OffsetDateTime now = clock.now();
    OffsetDateTime expiresAt = circulation.checkedExpiry(now);
    String note = Inputs.note(circulation.note());
    Document document = documents.lock(documents.carriedBy(documentProcess).id());
    long versionId = documents.latestVersion(document.id()).id();
    long id = procedures.start(document.id(), silenceProcess, versionId, actor.id(),
        actingChairs.actingFor(actor, Role.SOC_CHAIR), now, expiresAt, note);
    List<Wording> body = new ArrayList<>(List.of(Wording.of("mail.silenceStarted.body", document.label(), expiresAt)));
    if (note != null) {
      body.add(Wording.verbatim(note));
    }
    body.add(Wording.of("mail.document.open", documentPage(document)));
    notifications.toForum(new Notice("SILENCE_STARTED", "document:" + document.id(),
        Wording.of("mail.silenceStarted.subject", document.label(), expiresAt), body));
    return procedures.find(id).orElseThrow();
  }

  /** "Announce the break": every delegation hears who broke silence and with what. */
  void announceBreak(SilenceProcedure procedure) {
    Document document = documents.get(procedure.documentId());
    Delegation delegation = forum.get(procedure.brokenByDelegation());
    Wording breaker = Wording.orElse("party." + delegation.code(), delegation.name());
    notifications.toForum(Notice.of("SILENCE_BROKEN", "document:" + document.id(),
        Wording.of("mail.silenceBroken.subject", document.label()),
        Wording.of("mail.silenceBroken.body", breaker, document.label(), BreakKind.valueOf(procedure.breakKind())),
        Wording.verbatim(procedure.breakText()),
        Wording.of("mail.document.open", documentPage(document))));
  }

  /** On completing "Choose after the break": the SOC Chair's choice, on the record. */
  void recordChoice(SilenceProcedure procedure, ChairChoice.Made made, CurrentUser actor) {
    actor.require(Role.SOC_CHAIR);
    ChairChoice choice = Inputs.oneOf(ChairChoice.class, made.choice(), "refusal.what.chairChoice");
    if (made.signedAt() == null) {
      // Camunda Tasklist cannot ask for the Chair's password: the choice is signed on Accord's page or the API.
      throw new InvalidInputException("refusal.signature.required");
    }
    procedures.recordChoice(procedure.id(), choice.name(), actor.id(), actingChairs.actingFor(actor, Role.SOC_CHAIR),
        made.signedAt(), clock.now());
    Document document = documents.get(procedure.documentId());
    notifications.toForum(Notice.of("SILENCE_OUTCOME", "document:" + document.id(),
        Wording.of("mail.silenceEnded.subject", document.label()),
        Wording.of(choice == ChairChoice.BACK_TO_SWG ? "mail.silenceEnded.backToSwg" : "mail.silenceEnded.nextMeeting",
            document.label()),
        Wording.of("mail.document.open", documentPage(document))));
  }

  /** "Adopt by silence": silence expired unbroken; the decision is recorded and everyone is told. */
  void adopt(SilenceProcedure procedure) {
    procedures.close(procedure.id(), SilenceStatus.ADOPTED, clock.now());
    long documentId = procedure.documentId();
    SocOutcome outcome = negotiation.lastRoundReservations(documentId).isEmpty()
        ? SocOutcome.APPROVED : SocOutcome.APPROVED_WITH_RESERVATIONS;
    register.record(documentId, outcome, "Adopted by silence procedure expiring " + Times.longUtc(procedure.expiresAt()),
        procedure.startedBy(), null, null, DecisionRegister.Venue.silenceProcedure(procedure.id()), List.of());
    Document document = documents.get(documentId);
    notifications.toForum(Notice.of("SILENCE_OUTCOME", "document:" + documentId,
        Wording.of("mail.silenceAdopted.subject", document.label()),
        Wording.of("mail.silenceAdopted.body", document.label(), procedure.expiresAt()),
        Wording.of("mail.document.open", documentPage(document))));
  }

  /** ADOPTED, BACK_TO_SWG or NEXT_MEETING: how the document's latest procedure ended. */
  String outcome(Document document) {
    SilenceProcedure procedure = procedures.latest(document.id())
        .orElseThrow(() -> new IllegalStateException("Document " + document.id() + " has had no silence procedure"));
    if (procedure.status() == SilenceStatus.ADOPTED) {
      return SilenceStatus.ADOPTED.name();
    }
    if (procedure.chairChoice() == null) {
      throw new IllegalStateException("The silence procedure " + procedure.id() + " has not ended");
    }
    return procedure.chairChoice();
  }

  /** A withdrawn document's running procedure ends with it. */
  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    procedures.latest(withdrawn.documentId()).filter(p -> p.status() == SilenceStatus.RUNNING)
        .ifPresent(p -> procedures.close(p.id(), SilenceStatus.WITHDRAWN, clock.now()));
  }

  private static Wording.Page documentPage(Document document) {
    return new Wording.Page("/documents/" + document.id());
  }
}
