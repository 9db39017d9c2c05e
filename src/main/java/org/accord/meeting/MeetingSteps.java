package org.accord.meeting;

import java.util.List;
import org.accord.acting.ActingChairs;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.document.Document;
import org.accord.document.DocumentWithdrawn;
import org.accord.document.Documents;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Hashing;
import org.accord.system.InvalidInputException;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The steps of soc-meeting, as its delegates and task listeners call them, with the meeting and the
 * agenda item found through the process instance and the item's activity instance.
 */
@Component
class MeetingSteps {

  static final String DECISION_MESSAGE = "SocMeetingDecision";

  private final MeetingRepository meetings;
  private final Meetings library;
  private final Documents documents;
  private final DecisionRegister register;
  private final WaitingTasks waiting;
  private final RuntimeService runtimeService;
  private final SummaryRecordPdf summaryRecord;
  private final MeetingStatements statementLines;
  private final AccordClock clock;
  private final ActingChairs actingChairs;

  MeetingSteps(MeetingRepository meetings, Meetings library, Documents documents, DecisionRegister register,
      WaitingTasks waiting, RuntimeService runtimeService, SummaryRecordPdf summaryRecord,
      MeetingStatements statementLines, AccordClock clock, ActingChairs actingChairs) {
    this.actingChairs = actingChairs;
    this.statementLines = statementLines;
    this.meetings = meetings;
    this.library = library;
    this.documents = documents;
    this.register = register;
    this.waiting = waiting;
    this.runtimeService = runtimeService;
    this.summaryRecord = summaryRecord;
    this.clock = clock;
  }

  /** The meeting whose process this is, locked for the step. */
  Meeting meetingOf(String processInstanceId) {
    Meeting meeting = meetings.findByProcess(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No meeting is carried by process instance " + processInstanceId));
    return library.lock(meeting.id());
  }

  /** The agenda item the activity instance of "Agenda item" decides. */
  MeetingRepository.ItemRow itemOf(String agendaItemActivityInstance) {
    return meetings.itemOfActivity(agendaItemActivityInstance)
        .orElseThrow(() -> new IllegalStateException("No agenda item is decided by " + agendaItemActivityInstance));
  }

  /** On completing "Build the agenda": the agenda (typed in Tasklist, or set in Accord) must hold a document. */
  void confirmAgenda(Meeting meeting, MeetingCommands.ConfirmAgenda confirmation, CurrentUser actor) {
    Meetings.requireSecretariat(actor);
    if (!confirmation.documentIds().isEmpty()) {
      library.replaceAgenda(meeting, confirmation.documentIds());
    }
    if (meetings.agenda(meeting.id()).isEmpty()) {
      throw new InvalidInputException("refusal.meeting.agendaEmpty");
    }
    // Confirmed before its start time, the meeting waits for it (or for the Chair to open it early).
    meetings.changeStatus(meeting.id(), clock.now().isBefore(meeting.startsAt())
        ? MeetingStatus.AGENDA_CONFIRMED : MeetingStatus.IN_SESSION);
  }

  /** The collection of the meeting's multi-instance "Agenda item": the documents standing on its agenda. */
  List<Long> agendaDocumentIds(Meeting meeting) {
    return meetings.agenda(meeting.id()).stream().filter(item -> !item.withdrawn())
        .map(MeetingRepository.ItemRow::documentId).toList();
  }

  /** An item opens: it is tied to the activity instance that will decide it. */
  void openItem(Meeting meeting, long documentId, String activityInstanceId) {
    meetings.tie(meeting.id(), documentId, activityInstanceId);
  }

  /** On completing "Decide agenda item": numbers and records the SOC's decision. */
  void recordDecision(Meeting meeting, MeetingRepository.ItemRow item, MeetingCommands.DecideItem decided,
      CurrentUser chair) {
    chair.require(Role.SOC_CHAIR);
    Meetings.requireSitting(meeting);
    if (decided.documentId() != item.documentId()) {
      throw new InvalidInputException("refusal.meeting.otherDocument", item.documentId(), decided.documentId());
    }
    library.requireOnAgenda(meeting, item.documentId());
    if (decided.signedAt() == null) {
      // Camunda Tasklist cannot ask for the Chair's password: the decision is signed at the desk or the API.
      throw new InvalidInputException("refusal.signature.required");
    }
    List<Reservation> statements = statementLines.checked(decided.statements());
    register.record(item.documentId(), decided.outcome(), decided.note(), chair.id(),
        actingChairs.actingFor(chair, Role.SOC_CHAIR), decided.signedAt(),
        DecisionRegister.Venue.meeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.sessionStart()),
        statements);
  }

  /** "Send the decision to the document": the document's own process moves on by message correlation. */
  void deliverDecision(MeetingRepository.ItemRow item) {
    if (item.withdrawn()) {
      return;
    }
    Document document = documents.get(item.documentId());
    runtimeService.createMessageCorrelation(DECISION_MESSAGE)
        .processInstanceId(document.processInstanceId())
        .correlate();
  }

  /** On completing "Close the meeting": the attendance must be on the record. */
  void close(Meeting meeting, MeetingCommands.Close closing, CurrentUser actor) {
    actor.require(Role.SOC_CHAIR);
    Meetings.requireSitting(meeting);
    if (!closing.present().isEmpty()) {
      meetings.replaceAttendance(meeting.id(), library.checkedDelegations(closing.present()));
    }
    if (meetings.attendance(meeting.id()).isEmpty()) {
      throw new InvalidInputException("refusal.meeting.attendanceFirst");
    }
    meetings.close(meeting.id(), actor.id(), actingChairs.actingFor(actor, Role.SOC_CHAIR), clock.now());
  }

  /** "Produce the summary record": the PDF is kept with the meeting, with its hash. */
  void produceSummaryRecord(Meeting meeting) {
    byte[] pdf = summaryRecord.render(library.summary(meeting.id()));
    meetings.keepSummary(meeting.id(), pdf, Hashing.sha256Hex(pdf));
  }

  /** A withdrawn document leaves the agendas of meetings not yet closed; a pending decision task is closed. */
  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    for (MeetingRepository.ItemRow item : meetings.openItemsOf(withdrawn.documentId())) {
      Meeting meeting = library.get(item.meetingId());
      if (meeting.status() == MeetingStatus.CONVENED) {
        meetings.removeItem(item.id());
      } else {
        meetings.markWithdrawn(item.id());
        waiting.close(withdrawn.documentId(), Meetings.TASK_DECIDE_ITEM);
      }
    }
  }
}
