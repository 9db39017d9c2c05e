package org.accord.silence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.system.Inputs;
import org.accord.decision.DecisionRegister;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentWithdrawn;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.negotiation.NegotiationService;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.ProcessTasks;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The silence procedure: a text circulated with an exact expiry time, adopted if no delegation
 * breaks silence before it. Every delegation hears of the start, the break and the outcome.
 */
@Service
public class SilenceService {

  static final String TASK_CIRCULATE = "Task_CirculateUnderSilence";
  static final String TASK_CHOOSE_AFTER_BREAK = "Task_ChooseAfterBreak";
  static final String BREAK_MESSAGE = "SilenceBroken";
  private static final Duration SHORTEST = Duration.ofMinutes(1);
  private static final Duration LONGEST = Duration.ofDays(90);

  /** What a delegation may break silence with. */
  public enum BreakKind {
    OBJECTION,
    AMENDMENT
  }

  /** Where the text goes after silence was broken. */
  public enum ChairChoice {
    BACK_TO_SWG,
    NEXT_MEETING
  }

  private final SilenceRepository procedures;
  private final DocumentService documents;
  private final NegotiationService negotiation;
  private final DecisionRegister register;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final RuntimeService runtimeService;
  private final Notifications notifications;
  private final AccordClock clock;

  SilenceService(SilenceRepository procedures, DocumentService documents, NegotiationService negotiation,
      DecisionRegister register, Forum forum, ProcessTasks tasks, RuntimeService runtimeService,
      Notifications notifications, AccordClock clock) {
    this.procedures = procedures;
    this.documents = documents;
    this.negotiation = negotiation;
    this.register = register;
    this.forum = forum;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.notifications = notifications;
    this.clock = clock;
  }

  // ---- called by the API, one transaction per action ----

  /** The SOC Chair circulates the document under silence until an exact time. */
  @Transactional
  public SilenceProcedure start(long documentId, OffsetDateTime expiresAt, String note, CurrentUser user) {
    Document document = documents.lock(documentId);
    DecisionRegister.requireSocChair(user);
    String taskId = tasks.openTask(document.id(), TASK_CIRCULATE)
        .orElseThrow(() -> new ConflictException("The document is not waiting to be circulated under silence."));
    tasks.complete(taskId, Map.of("silenceExpiresAt", expiresAt == null ? "" : expiresAt.toString(),
        "silenceNote", note == null ? "" : note), user);
    return current(documentId);
  }

  /** A delegation breaks silence before expiry, with a written objection or amendment. */
  @Transactional
  public SilenceProcedure breakSilence(long documentId, String delegationCode, Object kindValue, String text,
      CurrentUser user) {
    Document document = documents.lock(documentId);
    Delegation delegation = forum.memberState(delegationCode);
    user.require(delegation.groupId(), "You do not belong to the delegation of " + delegation.name() + ".");
    BreakKind kind = Inputs.oneOf(BreakKind.class, kindValue, "kind of break");
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("Silence is broken in writing: give the objection or the amendment's text.");
    }
    if (text.length() > 20_000) {
      throw new InvalidInputException("The text is limited to 20,000 characters.");
    }
    SilenceProcedure procedure = procedures.latest(document.id())
        .filter(p -> p.status() == SilenceStatus.RUNNING)
        .orElseThrow(() -> new ConflictException("The document is not under silence procedure."));
    if (!clock.now().isBefore(procedure.expiresAt())) {
      throw new ConflictException("The silence procedure expired at " + procedure.expiresAt() + "; it can no longer be broken.");
    }
    procedures.recordBreak(procedure.id(), user.id(), delegation.code(), kind.name(), text.strip(), clock.now());
    try {
      runtimeService.createMessageCorrelation(BREAK_MESSAGE)
          .processInstanceBusinessKey(String.valueOf(documentId))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("The silence procedure is no longer waiting; it has just ended.");
    }
    return procedures.find(procedure.id()).orElseThrow();
  }

  /** After a break, the SOC Chair sends the text back to the SWG or onto the next meeting. */
  @Transactional
  public SilenceProcedure choose(long documentId, Object choice, CurrentUser user) {
    Document document = documents.lock(documentId);
    DecisionRegister.requireSocChair(user);
    String taskId = tasks.openTask(document.id(), TASK_CHOOSE_AFTER_BREAK)
        .orElseThrow(() -> new ConflictException("No broken silence procedure waits for the SOC Chair's choice."));
    tasks.complete(taskId, Map.of("chairChoice", choice == null ? "" : choice.toString()), user);
    return current(documentId);
  }

  // ---- called by the process ----

  SilenceProcedure startFromTask(long documentId, Object expiresValue, String note, CurrentUser actor) {
    DecisionRegister.requireSocChair(actor);
    OffsetDateTime now = clock.now();
    OffsetDateTime expiresAt = expiry(expiresValue);
    if (expiresAt.isBefore(now.plus(SHORTEST))) {
      throw new InvalidInputException("The silence must expire in the future (at least a minute from now).");
    }
    if (expiresAt.isAfter(now.plus(LONGEST))) {
      throw new InvalidInputException("A silence procedure lasts at most 90 days.");
    }
    String checkedNote = Inputs.note(note);
    Document document = documents.lock(documentId);
    long versionId = documents.latestVersion(documentId).id();
    long id = procedures.start(documentId, versionId, actor.id(), now, expiresAt, checkedNote);
    notifications.toForum(new Notice("SILENCE_STARTED", "document:" + documentId,
        "Silence procedure: " + document.label() + " until " + expiresAt,
        "The SOC Chair circulates " + document.label() + " under silence procedure until " + expiresAt
            + " (UTC). Unless a delegation breaks silence in writing before then, the text is adopted."
            + (checkedNote == null ? "" : "\n\n" + checkedNote)));
    return procedures.find(id).orElseThrow();
  }

  void announceBreak(long documentId) {
    SilenceProcedure procedure = current(documentId);
    Document document = documents.get(documentId);
    Delegation delegation = forum.get(procedure.brokenByDelegation());
    notifications.toForum(new Notice("SILENCE_BROKEN", "document:" + documentId,
        "Silence broken: " + document.label(),
        delegation.name() + " broke silence on " + document.label() + " with an "
            + procedure.breakKind().toLowerCase(Locale.ROOT) + ":\n\n" + procedure.breakText()));
  }

  ChairChoice recordChoice(long documentId, Object choiceValue, CurrentUser actor) {
    DecisionRegister.requireSocChair(actor);
    ChairChoice choice = Inputs.oneOf(ChairChoice.class, choiceValue, "choice after the break");
    SilenceProcedure procedure = current(documentId);
    procedures.recordChoice(procedure.id(), choice.name(), clock.now());
    Document document = documents.get(documentId);
    notifications.toForum(new Notice("SILENCE_OUTCOME", "document:" + documentId,
        "Silence procedure ended: " + document.label(),
        "Silence on " + document.label() + " was broken. The SOC Chair sends the text "
            + (choice == ChairChoice.BACK_TO_SWG ? "back to the SWG." : "onto the next SOC meeting's agenda.")));
    return choice;
  }

  void adopt(long documentId) {
    SilenceProcedure procedure = current(documentId);
    procedures.close(procedure.id(), SilenceStatus.ADOPTED, clock.now());
    SocOutcome outcome = negotiation.lastRoundReservations(documentId).isEmpty()
        ? SocOutcome.APPROVED : SocOutcome.APPROVED_WITH_RESERVATIONS;
    register.record(documentId, outcome, "Adopted by silence procedure expiring " + procedure.expiresAt(),
        procedure.startedBy(), null, procedure.id(), List.of());
    Document document = documents.get(documentId);
    notifications.toForum(new Notice("SILENCE_OUTCOME", "document:" + documentId,
        "Adopted by silence: " + document.label(),
        "Silence on " + document.label() + " expired unbroken at " + procedure.expiresAt() + ": the text is adopted."));
  }

  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    procedures.latest(withdrawn.documentId()).filter(p -> p.status() == SilenceStatus.RUNNING)
        .ifPresent(p -> procedures.close(p.id(), SilenceStatus.WITHDRAWN, clock.now()));
  }

  // ---- reading ----

  public List<SilenceProcedure> ofDocument(long documentId) {
    return procedures.ofDocument(documentId);
  }

  public List<SilenceProcedure> page(SilenceStatus status, int offset, int limit) {
    return procedures.page(status, offset, limit);
  }

  public long count(SilenceStatus status) {
    return procedures.count(status);
  }

  SilenceProcedure current(long documentId) {
    return procedures.latest(documentId)
        .orElseThrow(() -> new ConflictException("Document " + documentId + " has had no silence procedure."));
  }

  private static OffsetDateTime expiry(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("Give the exact time the silence expires.");
    }
    try {
      return OffsetDateTime.parse(value.toString().strip()).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("The expiry is a date and time with its offset, e.g. 2022-12-20T12:00:00Z; not '"
          + value + "'.");
    }
  }


}
