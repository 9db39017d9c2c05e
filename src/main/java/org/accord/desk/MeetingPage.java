package org.accord.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.forum.Delegation;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingStatus;
import org.accord.meeting.MeetingSummary;
import org.accord.negotiation.Position;

/**
 * What the page of one meeting shows, and which of its forms the signed-in user is offered. Its
 * methods are public because templates call them.
 */
record MeetingPage(
    Meeting meeting,
    List<MeetingSummary.Item> agenda,
    Set<String> present,
    List<Delegation> memberStates,
    List<Delegation> observers,
    List<Document> candidates,
    boolean socChair,
    boolean secretariat,
    Map<Long, ItemBrief> briefs) {

  /**
   * What the Chair reads beside an item before deciding it: the version the decision will adopt and
   * the reservations of the document's last round, which an approval carries.
   */
  record ItemBrief(Integer versionNumber, List<Position> reservations) {

    public boolean hasReservations() {
      return !reservations.isEmpty();
    }
  }

  /** One outcome the Chair may tick, with what the decision will then carry. */
  record OutcomeChoice(SocOutcome outcome, String explanationKey, boolean preselected) {}

  public ItemBrief briefOf(long documentId) {
    return briefs.getOrDefault(documentId, new ItemBrief(null, List.of()));
  }

  /**
   * The outcomes offered for an item. With reservations from its last round an approval carries
   * them, so it is offered, and ticked, only as an approval with reservations.
   */
  public List<OutcomeChoice> outcomeChoices(long documentId) {
    boolean reserved = briefOf(documentId).hasReservations();
    List<OutcomeChoice> choices = new ArrayList<>();
    if (!reserved) {
      choices.add(new OutcomeChoice(SocOutcome.APPROVED, "clock.outcome.approved.nothing", false));
    }
    choices.add(new OutcomeChoice(SocOutcome.APPROVED_WITH_RESERVATIONS,
        reserved ? "clock.outcome.withReservations.round" : "clock.outcome.withReservations.statements", reserved));
    choices.add(new OutcomeChoice(SocOutcome.RETURNED_TO_SWG, "clock.outcome.returned", false));
    choices.add(new OutcomeChoice(SocOutcome.DEFERRED, "clock.outcome.deferred", false));
    return choices;
  }

  /** An item waits while it stands on the agenda without a decision. */
  public boolean awaitsDecision(MeetingSummary.Item entry) {
    return !entry.item().withdrawn() && entry.decisions().isEmpty();
  }

  public boolean everyItemDecided() {
    return agenda.stream().noneMatch(this::awaitsDecision);
  }

  public boolean mayDecide() {
    return socChair && meeting.status() == MeetingStatus.IN_SESSION;
  }

  /** The attendance is taken while the meeting sits, by the Chair who records its decisions. */
  public boolean mayRecordAttendance() {
    return mayDecide();
  }

  public boolean mayClose() {
    return mayDecide() && everyItemDecided();
  }

  public boolean mayBuildAgenda() {
    return secretariat && meeting.status() == MeetingStatus.CONVENED;
  }

  /** The Secretariat sets the items' order while it builds the agenda. */
  public boolean mayReorder() {
    return mayBuildAgenda() && agenda.size() > 1;
  }

  /** The confirmed agenda may be mailed to the forum (again, after a change) until the meeting closes. */
  public boolean mayPublishAgenda() {
    return secretariat && (meeting.status() == MeetingStatus.AGENDA_CONFIRMED
        || meeting.status() == MeetingStatus.IN_SESSION);
  }

  /** Before its start time, the SOC Chair may open the session early. */
  public boolean mayOpenSession() {
    return socChair && meeting.status() == MeetingStatus.AGENDA_CONFIRMED;
  }

  public boolean waitsForStart() {
    return meeting.status() == MeetingStatus.AGENDA_CONFIRMED;
  }

  public boolean closed() {
    return meeting.status() == MeetingStatus.CLOSED;
  }

  /** The documents the Secretariat may tick: those already on this agenda, then the other candidates. */
  public List<AgendaChoice> agendaChoices() {
    var onAgenda = agenda.stream()
        .map(i -> new AgendaChoice(i.item().documentId(), i.item().documentSymbol(), i.item().documentTitle(), true));
    var others = candidates.stream()
        .map(document -> new AgendaChoice(document.id(), document.symbol(), document.title(), false));
    return Stream.concat(onAgenda, others).toList();
  }

  record AgendaChoice(long documentId, String symbol, String title, boolean onAgenda) {}

  /** The attendance form's two lists of checkboxes, each under its legend's key in the bundles. */
  public List<PartyGroup> attendanceGroups() {
    return List.of(new PartyGroup("desk.attendance.memberStates", memberStates),
        new PartyGroup("desk.attendance.observers", observers));
  }

  record PartyGroup(String legendKey, List<Delegation> parties) {}

  /** A party named in the reader's language; a code the forum does not know shows as itself. */
  public String nameOf(String code, Locale language) {
    return Stream.concat(memberStates.stream(), observers.stream())
        .filter(party -> party.code().equals(code)).findFirst()
        .map(party -> party.name(language)).orElse(code);
  }
}
