package org.accord.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.system.Inputs;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentVersion;
import org.accord.forum.ForumGroups;
import org.accord.negotiation.NegotiationService;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.tasklist.ProcessTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision register: every SOC decision, numbered, on the exact version it concerns, with the
 * reservations attached; and the SOC Chair's choice of route (a meeting or the silence procedure).
 */
@Service
public class DecisionRegister {

  public static final String TASK_CHOOSE_SOC_ROUTE = "Task_ChooseSocRoute";
  static final String SOC = "SOC";

  private final DecisionRepository decisions;
  private final DocumentService documents;
  private final NegotiationService negotiation;
  private final ProcessTasks tasks;
  private final Notifications notifications;
  private final AccordClock clock;

  DecisionRegister(DecisionRepository decisions, DocumentService documents, NegotiationService negotiation,
      ProcessTasks tasks, Notifications notifications, AccordClock clock) {
    this.decisions = decisions;
    this.documents = documents;
    this.negotiation = negotiation;
    this.tasks = tasks;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The SOC Chair sends a recommended document to a meeting or under silence procedure. */
  @Transactional
  public Document chooseRoute(long documentId, Object route, CurrentUser user) {
    Document document = documents.lock(documentId);
    requireSocChair(user);
    String taskId = tasks.openTask(document.id(), TASK_CHOOSE_SOC_ROUTE)
        .orElseThrow(() -> new ConflictException("The document is not waiting for the SOC Chair's choice of route."));
    tasks.complete(taskId, Map.of("socRoute", route == null ? "" : route.toString()), user);
    return documents.get(documentId);
  }

  /** Called by the route task's listener; silence must be allowed for the type (routing table). */
  SocRoute recordRoute(Object routeValue, boolean silenceAllowed, CurrentUser actor) {
    requireSocChair(actor);
    SocRoute route = Inputs.oneOf(SocRoute.class, routeValue, "route to the SOC");
    if (route == SocRoute.SILENCE && !silenceAllowed) {
      throw new InvalidInputException("The routing table does not allow the silence procedure for this type of document.");
    }
    return route;
  }

  /**
   * Records the SOC's decision on a document and on the documents travelling with it (a budget's
   * staff matrix): each numbered, on its latest version, with the last round's reservations and the
   * statements made at the meeting attached when the text is adopted.
   */
  public List<Decision> record(long documentId, SocOutcome outcome, String note, String decidedBy, Long meetingId,
      Long silenceProcedureId, List<Reservation> statements) {
    List<Reservation> reservations = new ArrayList<>();
    if (outcome.adopts()) {
      negotiation.lastRoundReservations(documentId).forEach(position -> reservations.add(
          new Reservation(position.delegationCode(), position.text(), Reservation.Source.ROUND)));
      reservations.addAll(statements);
    } else if (!statements.isEmpty()) {
      throw new InvalidInputException("Statements are attached to an approval; this decision is " + outcome + ".");
    }
    if (outcome == SocOutcome.APPROVED_WITH_RESERVATIONS && reservations.isEmpty()) {
      throw new InvalidInputException("Approved with reservations, but there is no reservation or statement to attach.");
    }
    String checkedNote = Inputs.note(note);
    var now = clock.now();
    List<Decision> recorded = new ArrayList<>();
    for (Document document : documents.withCompanions(documentId)) {
      DocumentVersion version = documents.latestVersion(document.id());
      long id = decisions.insert(decisions.nextNumber(SOC, now.getYear()), document.id(), version.id(), SOC, outcome,
          decidedBy, now, checkedNote, meetingId, silenceProcedureId,
          reservations);
      recorded.add(decisions.find(id).orElseThrow());
    }
    Decision main = recorded.get(0);
    notifications.toForum(new Notice("DECISION", "document:" + documentId,
        main.number() + ": " + main.documentLabel() + " " + outcome.name().toLowerCase().replace('_', ' '),
        "The SOC decided (" + main.number() + ", " + main.takenBy() + "): " + main.documentLabel() + " is "
            + outcome.name().toLowerCase().replace('_', ' ') + ". Version " + main.versionNumber()
            + ", SHA-256 " + main.versionSha256() + "."));
    return recorded;
  }

  /** "Freeze adopted version": the approved texts can never change again. */
  void freezeAdopted(long documentId) {
    Decision approval = decisions.ofDocument(documentId).stream()
        .reduce((first, second) -> second)
        .filter(decision -> decision.outcome().adopts())
        .orElseThrow(() -> new IllegalStateException("Document " + documentId + " has no approval to freeze"));
    List<DocumentVersion> frozen = documents.freezeLatest(documentId);
    if (frozen.get(0).id() != approval.versionId()) {
      throw new IllegalStateException("The approved version of document " + documentId + " is not its latest");
    }
  }

  public List<Decision> ofDocument(long documentId) {
    return decisions.ofDocument(documentId);
  }

  public List<Decision> ofMeeting(long meetingId) {
    return decisions.ofMeeting(meetingId);
  }

  public Decision get(long id) {
    return decisions.find(id).orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
  }

  public List<Decision> page(Integer year, int offset, int limit) {
    return decisions.page(year, offset, limit);
  }

  public long count(Integer year) {
    return decisions.count(year);
  }

  public static void requireSocChair(CurrentUser user) {
    user.require(ForumGroups.SOC_CHAIR, "Only the SOC Chair does this.");
  }

}
