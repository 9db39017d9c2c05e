package org.accord.silence;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.security.Signatures;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.Limits;
import org.accord.system.UserAction;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The silence procedure as its people work it: the SOC Chair circulates a text with an exact expiry
 * time, a delegation may break silence before it, and after a break the Chair chooses where the
 * text goes; and what every module may read of silence procedures.
 */
@Service
public class SilenceProcedures {

  static final String TASK_CIRCULATE = "Task_CirculateUnderSilence";
  static final String TASK_CHOOSE_AFTER_BREAK = "Task_ChooseAfterBreak";
  static final String BREAK_MESSAGE = "SilenceBroken";

  private final SilenceRepository procedures;
  private final Documents documents;
  private final Forum forum;
  private final WaitingTasks waiting;
  private final RuntimeService runtimeService;
  private final AccordClock clock;
  private final Signatures signatures;

  SilenceProcedures(SilenceRepository procedures, Documents documents, Forum forum, WaitingTasks waiting,
      RuntimeService runtimeService, AccordClock clock, Signatures signatures) {
    this.signatures = signatures;
    this.procedures = procedures;
    this.documents = documents;
    this.forum = forum;
    this.waiting = waiting;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** The SOC Chair circulates the document under silence until an exact time. */
  @UserAction
  public SilenceProcedure start(long documentId, Circulation circulation, CurrentUser user) {
    documents.lock(documentId);
    user.require(Role.SOC_CHAIR);
    waiting.complete(documentId, TASK_CIRCULATE, circulation, user,
        "refusal.silence.notWaitingCirculation");
    return current(documentId);
  }

  /** A delegation breaks silence before expiry, with a written objection or amendment. */
  @UserAction
  public SilenceProcedure breakSilence(long documentId, BreakSilence request, CurrentUser user) {
    Document document = documents.lock(documentId);
    Delegation delegation = forum.memberState(request.delegation());
    user.requireMemberOf(delegation);
    BreakKind kind = Inputs.oneOf(BreakKind.class, request.kind(), "refusal.what.breakKind");
    String checkedText = Inputs.required(request.text(), Limits.TEXT,
        "refusal.silence.textMissing", "refusal.silence.textTooLong");
    SilenceProcedure procedure = procedures.latest(document.id())
        .filter(p -> p.status() == SilenceStatus.RUNNING)
        .orElseThrow(() -> new ConflictException("refusal.silence.notUnderSilence"));
    OffsetDateTime now = clock.now();
    if (!now.isBefore(procedure.expiresAt())) {
      throw new ConflictException("refusal.silence.expired", procedure.expiresAt());
    }
    procedures.recordBreak(procedure.id(), user.id(), delegation.code(), kind.name(), checkedText, now);
    try {
      runtimeService.createMessageCorrelation(BREAK_MESSAGE)
          .processInstanceId(procedures.find(procedure.id()).orElseThrow().processInstanceId())
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("refusal.silence.justEnded");
    }
    return procedures.find(procedure.id()).orElseThrow();
  }

  /**
   * After a break, the SOC Chair sends the text back to the SWG or onto the next meeting: the act
   * that ends the procedure, signed with the Chair's password typed again.
   */
  @UserAction
  public SilenceProcedure choose(long documentId, ChairChoice choice, String password, CurrentUser user) {
    documents.lock(documentId);
    user.require(Role.SOC_CHAIR);
    Signatures.Signature signature = signatures.sign(user, password);
    waiting.complete(documentId, TASK_CHOOSE_AFTER_BREAK, new ChairChoice.Made(choice, signature.signedAt()), user,
        "refusal.silence.notWaitingChoice");
    return current(documentId);
  }

  // ---- reading ----

  /** Whether the document's process waits for the SOC Chair to circulate it under silence. */
  public boolean waitsForCirculation(long documentId) {
    return waiting.waits(documentId, TASK_CIRCULATE);
  }

  /** Whether a broken silence procedure waits for the SOC Chair's choice of where the text goes. */
  public boolean waitsForChoice(long documentId) {
    return waiting.waits(documentId, TASK_CHOOSE_AFTER_BREAK);
  }

  public List<SilenceProcedure> ofDocument(long documentId) {
    return procedures.ofDocument(documentId);
  }

  public List<SilenceProcedure> page(SilenceStatus status, int offset, int limit) {
    return procedures.page(status, offset, limit);
  }

  public long count(SilenceStatus status) {
    return procedures.count(status);
  }

  /**
   * How many procedures stand at each status, of those started in {@code [from, until)}, or of all when
   * both are null; every status is counted, zeros included.
   */
  public Map<SilenceStatus, Long> countByStatus(OffsetDateTime from, OffsetDateTime until) {
    Map<SilenceStatus, Long> counts = new EnumMap<>(SilenceStatus.class);
    for (SilenceStatus status : SilenceStatus.values()) {
      counts.put(status, 0L);
    }
    counts.putAll(procedures.countByStatus(from, until));
    return counts;
  }

  SilenceProcedure current(long documentId) {
    return procedures.latest(documentId)
        .orElseThrow(() -> new ConflictException("refusal.silence.none", documentId));
  }
}
