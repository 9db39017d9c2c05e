package org.accord.decision;

import java.util.List;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentVersion;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.tasklist.ProcessTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SOC decisions and the decision register. */
@Service
public class SocDecisionService {

  public static final String TASK_DECIDE_AT_SOC = "Task_DecideAtSoc";
  static final String SOC = "SOC";

  private final DecisionRepository decisions;
  private final DocumentService documents;
  private final ProcessTasks tasks;
  private final AccordClock clock;

  SocDecisionService(DecisionRepository decisions, DocumentService documents, ProcessTasks tasks,
      AccordClock clock) {
    this.decisions = decisions;
    this.documents = documents;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** The SOC Chair records the SOC's decision on a recommended document. */
  @Transactional
  public Decision decide(long documentId, Object outcome, String note, CurrentUser user) {
    Document document = documents.lock(documentId);
    requireSocChair(user);
    SocOutcome.parse(outcome);
    String taskId = tasks.openTask(document.id(), TASK_DECIDE_AT_SOC)
        .orElseThrow(() -> new ConflictException("The document is not before the SOC."));
    tasks.complete(taskId, Map.of("decisionOutcome", outcome.toString(), "decisionNote", note == null ? "" : note), user);
    List<Decision> recorded = decisions.ofDocument(documentId);
    return recorded.get(recorded.size() - 1);
  }

  /** Called by the task listener whichever client completed the task; returns the routing fact. */
  SocOutcome record(long documentId, Object outcomeValue, String note, CurrentUser actor) {
    requireSocChair(actor);
    SocOutcome outcome = SocOutcome.parse(outcomeValue);
    Document document = documents.lock(documentId);
    if (document.status() != DocumentStatus.AT_SOC) {
      throw new ConflictException("The document is not before the SOC; it is " + document.status() + ".");
    }
    if (note != null && note.length() > 2000) {
      throw new InvalidInputException("The note is longer than 2000 characters.");
    }
    DocumentVersion version = documents.latestVersion(documentId);
    var now = clock.now();
    String number = decisions.nextNumber(SOC, now.getYear());
    decisions.insert(number, documentId, version.id(), SOC, outcome, actor.id(), now,
        note == null || note.isBlank() ? null : note.strip());
    if (outcome == SocOutcome.RETURNED_TO_SWG) {
      documents.changeStatus(documentId, DocumentStatus.IN_REVISION);
    }
    return outcome;
  }

  /** The approved version becomes the adopted, frozen text. */
  void freezeAdopted(long documentId) {
    Decision approval = decisions.ofDocument(documentId).stream()
        .filter(decision -> decision.outcome() == SocOutcome.APPROVED)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("Document " + documentId + " has no approval to freeze"));
    DocumentVersion frozen = documents.freezeLatest(documentId);
    if (frozen.id() != approval.versionId()) {
      throw new IllegalStateException("The approved version of document " + documentId + " is not its latest");
    }
  }

  public List<Decision> ofDocument(long documentId) {
    return decisions.ofDocument(documentId);
  }

  public Decision get(long id) {
    return decisions.find(id).orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
  }

  public List<Decision> page(int offset, int limit) {
    return decisions.page(offset, limit);
  }

  public long count() {
    return decisions.count();
  }

  private static void requireSocChair(CurrentUser user) {
    if (!user.isIn(ForumGroups.SOC_CHAIR)) {
      throw new ForbiddenException("Only the SOC Chair records SOC decisions.");
    }
  }
}
