package org.accord.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentVersion;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.notification.Wording;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.NotFoundException;
import org.accord.system.UserAction;
import org.accord.tasklist.WaitingTasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The decision register: every SOC decision, numbered, on the exact version it concerns, with the
 * reservations attached, as it was when taken; and the SOC Chair's choice of route (a meeting or
 * the silence procedure).
 */
@Service
public class DecisionRegister {

  public static final String TASK_CHOOSE_SOC_ROUTE = "Task_ChooseSocRoute";
  static final String SOC = "SOC";

  /**
   * Where a decision was taken: at a meeting (as it was convened, and when it sat: the decision's
   * date), or by a silence procedure (dated when it ends).
   */
  public record Venue(Long meetingId, String meetingTitle, OffsetDateTime meetingStartsAt, OffsetDateTime sat,
      Long silenceProcedureId) {

    public static Venue meeting(long id, String title, OffsetDateTime startsAt) {
      return meeting(id, title, startsAt, startsAt);
    }

    public static Venue meeting(long id, String title, OffsetDateTime startsAt, OffsetDateTime sat) {
      return new Venue(id, title, startsAt, sat, null);
    }

    public static Venue silenceProcedure(long id) {
      return new Venue(null, null, null, null, id);
    }
  }

  private final DecisionRepository decisions;
  private final Documents documents;
  private final Negotiation negotiation;
  private final WaitingTasks waiting;
  private final Notifications notifications;
  private final AccordClock clock;
  private final Forum forum;
  private final ApplicationEventPublisher events;

  DecisionRegister(DecisionRepository decisions, Documents documents, Negotiation negotiation, WaitingTasks waiting,
      Notifications notifications, AccordClock clock, Forum forum, ApplicationEventPublisher events) {
    this.events = events;
    this.forum = forum;
    this.decisions = decisions;
    this.documents = documents;
    this.negotiation = negotiation;
    this.waiting = waiting;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The SOC Chair sends a recommended document to a meeting or under silence procedure. */
  @UserAction
  public Document chooseRoute(long documentId, RouteChoice route, CurrentUser user) {
    documents.lock(documentId);
    user.require(Role.SOC_CHAIR);
    waiting.complete(documentId, TASK_CHOOSE_SOC_ROUTE, route, user,
        "refusal.decision.notWaitingRoute");
    return documents.get(documentId);
  }

  /** Whether the document's process waits for the SOC Chair's choice of route. */
  public boolean waitsForRoute(long documentId) {
    return waiting.waits(documentId, TASK_CHOOSE_SOC_ROUTE);
  }

  /**
   * Records the SOC's decision on a document and on the documents travelling with it (a budget's
   * staff matrix): each numbered, on its latest version, with the last round's reservations and the
   * statements made at the meeting attached when the text is adopted. The facts of the act (the
   * document's symbol and title, the version and its hash, the meeting) are written with it, once.
   */
  public List<Decision> record(long documentId, SocOutcome outcome, String note, String decidedBy, String actingFor,
      OffsetDateTime signedAt, Venue venue, List<Reservation> statements) {
    List<Reservation> fromRound = negotiation.lastRoundReservations(documentId).stream()
        .map(position -> new Reservation(position.delegationCode(), position.text(), Reservation.Source.ROUND))
        .toList();
    List<Reservation> reservations = outcome.attached(fromRound, statements);
    if (venue.meetingId() != null) {
      outcome = outcome.carrying(reservations);
    }
    String checkedNote = Inputs.note(note);
    OffsetDateTime now = clock.now();
    // A meeting's decisions carry the day it sat, in the forum's zone, whenever they are typed; the
    // moment of entry is kept beside it.
    LocalDate decidedOn = (venue.sat() != null ? venue.sat() : now).atZoneSameInstant(forum.timeZone()).toLocalDate();
    List<Decision> recorded = new ArrayList<>();
    for (Document document : documents.withCompanions(documentId)) {
      DocumentVersion version = documents.latestVersion(document.id());
      long id = decisions.insert(new DecisionRepository.Act(decisions.nextNumber(SOC, decidedOn.getYear()), document,
          version, SOC, outcome, decidedBy, actingFor, signedAt, now, decidedOn, checkedNote, venue, reservations));
      Decision decision = get(id);
      recorded.add(decision);
      events.publishEvent(new DecisionRecorded(decision));
    }
    Decision main = recorded.get(0);
    notifications.toForum(Notice.of("DECISION", "document:" + documentId,
        Wording.of("mail.decision.subject", main.number(), main.documentLabel(), outcome),
        Wording.of("mail.decision.body", main.number(), main.takenBy(), main.documentLabel(), outcome,
            main.versionNumber(), main.versionSha256()),
        Wording.of("mail.document.open", new Wording.Page("/documents/" + documentId))));
    return recorded;
  }

  /** Each decision's fingerprint ({@link Decision#fingerprint}) by its id, the whole register. */
  public Map<Long, String> fingerprints() {
    Map<Long, String> fingerprints = new HashMap<>();
    for (List<Decision> batch = decisions.after(0, 500); !batch.isEmpty();
        batch = decisions.after(batch.get(batch.size() - 1).id(), 500)) {
      batch.forEach(decision -> fingerprints.put(decision.id(), decision.fingerprint()));
    }
    return fingerprints;
  }

  public List<Decision> ofDocument(long documentId) {
    return decisions.ofDocument(documentId);
  }

  public List<Decision> ofMeeting(long meetingId) {
    return decisions.ofMeeting(meetingId);
  }

  public Decision get(long id) {
    return decisions.find(id).orElseThrow(() -> new NotFoundException("refusal.decision.notFound", id));
  }

  /** How many decisions of an outcome the register holds for one month, by the date of the act. */
  public record MonthTally(int year, int month, SocOutcome outcome, long decisions) {}

  /** The register counted by month of the act's date and outcome: of one year, or of every year when null. */
  public List<MonthTally> tally(Integer year) {
    return decisions.tally(year);
  }

  /** One page of the register as the filter narrows it, newest first. */
  public List<Decision> page(RegisterFilter filter, int offset, int limit) {
    return decisions.page(filter, offset, limit);
  }

  public long count(RegisterFilter filter) {
    return decisions.count(filter);
  }
}
