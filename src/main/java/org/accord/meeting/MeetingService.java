package org.accord.meeting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.document.DocumentService;
import org.accord.document.DocumentStatus;
import org.accord.document.VersionContent;
import org.accord.document.DocumentWithdrawn;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.forum.ForumGroups;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.ForbiddenException;
import org.accord.system.InvalidInputException;
import org.accord.system.NotFoundException;
import org.accord.tasklist.ProcessTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SOC meetings: convened by the Secretariat, an agenda of recommended documents, one decision per item. */
@Service
public class MeetingService {

  public static final String PROCESS_KEY = "soc-meeting";
  static final String TASK_BUILD_AGENDA = "Task_BuildAgenda";
  static final String TASK_DECIDE_ITEM = "Task_DecideItem";
  static final String TASK_CLOSE = "Task_CloseMeeting";
  static final String DECISION_MESSAGE = "SocMeetingDecision";

  private final MeetingRepository meetings;
  private final DocumentService documents;
  private final DecisionRegister register;
  private final Forum forum;
  private final ProcessTasks tasks;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SummaryRecordPdf summaryRecord;
  private final MeetingStatements statementLines;
  private final AccordClock clock;

  MeetingService(MeetingRepository meetings, DocumentService documents, DecisionRegister register, Forum forum,
      ProcessTasks tasks, RuntimeService runtimeService, TaskService taskService, SummaryRecordPdf summaryRecord,
      MeetingStatements statementLines, AccordClock clock) {
    this.meetings = meetings;
    this.documents = documents;
    this.register = register;
    this.forum = forum;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.summaryRecord = summaryRecord;
    this.statementLines = statementLines;
    this.clock = clock;
  }

  // ---- called by the API, one transaction per action ----

  /** The Secretariat convenes a meeting: date and time, format, place (or videoconference). */
  @Transactional
  public Meeting convene(String title, OffsetDateTime startsAt, MeetingFormat format, String place, CurrentUser user) {
    requireSecretariat(user);
    if (title == null || title.isBlank() || title.length() > 300) {
      throw new InvalidInputException("The meeting's title must be between 1 and 300 characters.");
    }
    if (startsAt == null || format == null) {
      throw new InvalidInputException("Give the meeting's date and time and its format.");
    }
    if (format != MeetingFormat.VIDEOCONFERENCE && (place == null || place.isBlank())) {
      throw new InvalidInputException("A meeting held in person or hybrid needs a place.");
    }
    long id = meetings.insert(title.strip(), startsAt, format, place == null || place.isBlank() ? null : place.strip(),
        user.id(), clock.now());
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, "meeting-" + id,
        Map.of("meetingId", id)).getId();
    meetings.attachProcess(id, processInstanceId);
    return get(id);
  }

  /** The Secretariat sets (or replaces) the agenda while the meeting is convened. */
  @Transactional
  public List<AgendaItem> setAgenda(long meetingId, List<Long> documentIds, CurrentUser user) {
    requireSecretariat(user);
    Meeting meeting = lock(meetingId);
    replaceAgenda(meeting, documentIds);
    return meetings.agenda(meetingId);
  }

  /** The Secretariat confirms the agenda: the meeting is in session, one decision awaited per item. */
  @Transactional
  public Meeting confirmAgenda(long meetingId, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    requireSecretariat(user);
    completeTask(meeting, TASK_BUILD_AGENDA, Map.of(), user, "The agenda of this meeting is already confirmed.");
    return get(meetingId);
  }

  /** The SOC Chair records the SOC's decision on one agenda item. */
  @Transactional
  public List<Decision> decide(long meetingId, long documentId, Object outcome, List<Reservation> statements,
      String note, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    DecisionRegister.requireSocChair(user);
    if (meeting.status() != MeetingStatus.IN_SESSION) {
      throw new ConflictException("The meeting is " + meeting.status() + "; decisions are recorded while it is in session.");
    }
    requireOnAgenda(meeting, documentId);
    String taskId = tasks.openTask(documentId, TASK_DECIDE_ITEM)
        .orElseThrow(() -> new ConflictException("The decision on document " + documentId + " is already recorded."));
    tasks.complete(taskId, Map.of("decisionOutcome", outcome == null ? "" : outcome.toString(),
        "decisionStatements", MeetingStatements.format(statements),
        "decisionNote", note == null ? "" : note), user);
    return decisionsOnItem(register.ofMeeting(meetingId), documentId);
  }

  /** The Secretariat or the SOC Chair records which delegations attend. */
  @Transactional
  public List<String> recordAttendance(long meetingId, List<String> delegationCodes, CurrentUser user) {
    if (!user.isIn(ForumGroups.SECRETARIAT) && !user.isIn(ForumGroups.SOC_CHAIR)) {
      throw new ForbiddenException("The Secretariat or the SOC Chair records the attendance.");
    }
    Meeting meeting = lock(meetingId);
    if (meeting.status() == MeetingStatus.CLOSED) {
      throw new ConflictException("The meeting is closed; its attendance is on the record.");
    }
    meetings.replaceAttendance(meetingId, checkedDelegations(delegationCodes));
    return meetings.attendance(meetingId);
  }

  /** The SOC Chair closes the meeting; its summary record is produced and kept. */
  @Transactional
  public Meeting close(long meetingId, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    DecisionRegister.requireSocChair(user);
    if (meeting.status() == MeetingStatus.CONVENED) {
      throw new ConflictException("The agenda is not confirmed yet.");
    }
    completeTask(meeting, TASK_CLOSE, Map.of(), user,
        "The meeting cannot close yet: every agenda item needs its decision first, or it is already closed.");
    return get(meetingId);
  }

  // ---- called by the process ----

  void confirmAgendaFromTask(long meetingId, String agendaDocumentIds, CurrentUser actor) {
    requireSecretariat(actor);
    Meeting meeting = lock(meetingId);
    if (agendaDocumentIds != null && !agendaDocumentIds.isBlank()) {
      replaceAgenda(meeting, parseIds(agendaDocumentIds));
    }
    if (meetings.agenda(meetingId).isEmpty()) {
      throw new InvalidInputException("The agenda is empty: put at least one recommended document on it.");
    }
    meetings.changeStatus(meetingId, MeetingStatus.IN_SESSION);
  }

  /** The collection of the meeting's multi-instance "Agenda item". */
  List<Long> agendaDocumentIds(long meetingId) {
    return meetings.agenda(meetingId).stream().filter(item -> !item.withdrawn()).map(AgendaItem::documentId).toList();
  }

  void recordDecisionFromTask(long meetingId, long documentId, Object outcomeValue, String statements, String note,
      CurrentUser actor) {
    DecisionRegister.requireSocChair(actor);
    SocOutcome outcome = SocOutcome.parse(outcomeValue);
    Meeting meeting = get(meetingId);
    requireOnAgenda(meeting, documentId);
    register.record(documentId, outcome, note, actor.id(), meetingId, null, statementLines.parse(statements));
  }

  /** "Send the decision to the document": the document's own process moves on by message correlation. */
  void deliverDecision(long meetingId, long documentId) {
    if (isWithdrawn(meetingId, documentId)) {
      return;
    }
    Decision decision = register.ofDocument(documentId).stream()
        .filter(d -> d.meetingId() != null && d.meetingId() == meetingId)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("No decision of meeting " + meetingId + " on document " + documentId));
    runtimeService.createMessageCorrelation(DECISION_MESSAGE)
        .processInstanceBusinessKey(String.valueOf(documentId))
        .setVariable("socDecision", decision.outcome().name())
        .correlate();
  }

  boolean isWithdrawn(long meetingId, long documentId) {
    return meetings.agenda(meetingId).stream().anyMatch(item -> item.documentId() == documentId && item.withdrawn());
  }

  void closeFromTask(long meetingId, String attendance, CurrentUser actor) {
    DecisionRegister.requireSocChair(actor);
    lock(meetingId);
    if (attendance != null && !attendance.isBlank()) {
      meetings.replaceAttendance(meetingId, checkedDelegations(Arrays.asList(attendance.split("[,;\\s]+"))));
    }
    if (meetings.attendance(meetingId).isEmpty()) {
      throw new InvalidInputException("Record which delegations attended before closing the meeting.");
    }
    meetings.close(meetingId, actor.id(), clock.now());
  }

  /** "Produce the summary record": the PDF is kept with the meeting, with its hash. */
  void produceSummaryRecord(long meetingId) {
    byte[] pdf = summaryRecord.render(summary(meetingId));
    meetings.keepSummary(meetingId, pdf, VersionContent.sha256(pdf));
  }

  /** A withdrawn document leaves the agendas of meetings not yet closed; a pending decision task is closed. */
  @EventListener
  void on(DocumentWithdrawn withdrawn) {
    for (AgendaItem item : meetings.openItemsOf(withdrawn.documentId())) {
      Meeting meeting = get(item.meetingId());
      if (meeting.status() == MeetingStatus.CONVENED) {
        meetings.removeItem(item.id());
      } else {
        meetings.markWithdrawn(item.id());
        tasks.openTask(withdrawn.documentId(), TASK_DECIDE_ITEM).ifPresent(taskService::complete);
      }
    }
  }

  // ---- reading ----

  public Meeting get(long id) {
    return meetings.find(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
  }

  public List<Meeting> page(int offset, int limit) {
    return meetings.page(offset, limit);
  }

  public long count() {
    return meetings.count();
  }

  public List<AgendaItem> agenda(long meetingId) {
    get(meetingId);
    return meetings.agenda(meetingId);
  }

  public List<String> attendance(long meetingId) {
    return meetings.attendance(meetingId);
  }

  /** Documents the SWG recommended that wait for a meeting and stand on no open agenda. */
  public List<Document> candidates() {
    return meetings.candidateIds().stream().map(documents::get).toList();
  }

  public byte[] summaryPdf(long meetingId) {
    get(meetingId);
    return meetings.summary(meetingId)
        .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " has no summary record yet: it is produced when the meeting closes."));
  }

  public MeetingSummary summary(long meetingId) {
    Meeting meeting = get(meetingId);
    List<Decision> decisions = register.ofMeeting(meetingId);
    List<MeetingSummary.Item> items = new ArrayList<>();
    for (AgendaItem item : meetings.agenda(meetingId)) {
      items.add(new MeetingSummary.Item(item, decisionsOnItem(decisions, item.documentId())));
    }
    Set<String> present = new LinkedHashSet<>(meetings.attendance(meetingId));
    List<MeetingSummary.Attendance> attendance = new ArrayList<>();
    for (Delegation delegation : forum.all()) {
      if (delegation.holdsPosition() || present.contains(delegation.code())) {
        attendance.add(new MeetingSummary.Attendance(delegation.code(), delegation.name(), delegation.holdsPosition(),
            present.contains(delegation.code())));
      }
    }
    return new MeetingSummary(meeting, items, attendance);
  }

  /** The decisions on an agenda item's document and on the documents travelling with it. */
  private List<Decision> decisionsOnItem(List<Decision> decisions, long documentId) {
    Set<Long> item = documents.withCompanions(documentId).stream().map(Document::id).collect(Collectors.toSet());
    return decisions.stream().filter(decision -> item.contains(decision.documentId())).toList();
  }

  private void replaceAgenda(Meeting meeting, List<Long> documentIds) {
    if (meeting.status() != MeetingStatus.CONVENED) {
      throw new ConflictException("The agenda is confirmed; it can no longer change.");
    }
    if (documentIds == null || documentIds.isEmpty()) {
      throw new InvalidInputException("Give the documents to put on the agenda.");
    }
    List<Long> distinct = documentIds.stream().distinct().toList();
    for (long documentId : distinct) {
      Document document = documents.get(documentId);
      if (document.packageOf() != null) {
        throw new InvalidInputException("Document " + documentId + " is a staff matrix: it comes on the agenda with its budget "
            + document.packageOf() + ".");
      }
      if (document.status() != DocumentStatus.AWAITING_SOC_MEETING) {
        throw new ConflictException("Document " + documentId + " is " + document.status()
            + "; only documents the SWG recommended for a meeting can go on the agenda.");
      }
      boolean elsewhere = meetings.openItemsOf(documentId).stream().anyMatch(item -> item.meetingId() != meeting.id());
      if (elsewhere) {
        throw new ConflictException("Document " + documentId + " is already on the agenda of another meeting.");
      }
    }
    meetings.replaceAgenda(meeting.id(), distinct);
  }

  private void requireOnAgenda(Meeting meeting, long documentId) {
    boolean onAgenda = meetings.agenda(meeting.id()).stream()
        .anyMatch(item -> item.documentId() == documentId && !item.withdrawn());
    if (!onAgenda) {
      throw new ConflictException("Document " + documentId + " is not on the agenda of meeting " + meeting.id() + ".");
    }
  }

  private void completeTask(Meeting meeting, String taskKey, Map<String, Object> variables, CurrentUser user,
      String notWaiting) {
    String taskId = tasks.openTaskOfProcess(meeting.processInstanceId(), taskKey)
        .orElseThrow(() -> new ConflictException(notWaiting));
    tasks.complete(taskId, variables, user);
  }

  private List<String> checkedDelegations(List<String> codes) {
    List<String> checked = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      Delegation delegation = forum.find(code.strip().toUpperCase())
          .orElseThrow(() -> new InvalidInputException("There is no delegation " + code + "."));
      if (!checked.contains(delegation.code())) {
        checked.add(delegation.code());
      }
    }
    if (checked.isEmpty()) {
      throw new InvalidInputException("Give the codes of the delegations present.");
    }
    return checked;
  }

  private Meeting lock(long id) {
    return meetings.findForUpdate(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
  }

  private static List<Long> parseIds(String ids) {
    try {
      return Arrays.stream(ids.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new InvalidInputException("The agenda is a list of document ids separated by commas, not '" + ids + "'.");
    }
  }

  private static void requireSecretariat(CurrentUser user) {
    user.require(ForumGroups.SECRETARIAT, "Only the Secretariat convenes meetings and builds their agenda.");
  }
}
