package org.accord.meeting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.acting.ActingChairs;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.notification.Notice;
import org.accord.notification.Notifications;
import org.accord.notification.Wording;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.security.Signatures;
import org.accord.system.AccordClock;
import org.accord.system.ConflictException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.accord.system.NotFoundException;
import org.accord.system.UserAction;
import org.accord.tasklist.TaskCommand;
import org.accord.tasklist.WaitingTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * SOC meetings as their people work them: the Secretariat convenes a meeting and sets its agenda
 * from the documents the SWG recommended, the SOC Chair records one decision per item, the
 * attendance, and closes it; and what every module may read of meetings.
 */
@Service
public class Meetings {

  public static final String PROCESS_KEY = "soc-meeting";
  /** A meeting's instance carries "meeting-" and the meeting's id as its business key. */
  static final String BUSINESS_KEY_PREFIX = "meeting-";
  static final String TASK_BUILD_AGENDA = "Task_BuildAgenda";
  static final String TASK_DECIDE_ITEM = "Task_DecideItem";
  static final String TASK_CLOSE = "Task_CloseMeeting";
  /** A moment in a refusal, the same in every language and zone: "2026-12-06 05:00 UTC". */
  private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private final MeetingRepository meetings;
  private final Documents documents;
  private final DecisionRegister register;
  private final Forum forum;
  private final WaitingTasks waiting;
  private final RuntimeService runtimeService;
  private final SummaryRecordPdf summaryRecord;
  private final AccordClock clock;
  private final ActingChairs actingChairs;
  private final Signatures signatures;
  private final Notifications notifications;

  Meetings(MeetingRepository meetings, Documents documents, DecisionRegister register, Forum forum,
      WaitingTasks waiting, RuntimeService runtimeService, SummaryRecordPdf summaryRecord, AccordClock clock,
      Notifications notifications, ActingChairs actingChairs, Signatures signatures) {
    this.signatures = signatures;
    this.actingChairs = actingChairs;
    this.notifications = notifications;
    this.summaryRecord = summaryRecord;
    this.meetings = meetings;
    this.documents = documents;
    this.register = register;
    this.forum = forum;
    this.waiting = waiting;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** What the Secretariat gives to convene a meeting. */
  public record Convening(String title, OffsetDateTime startsAt, MeetingFormat format, String place) {}

  // ---- commands of users ----

  /** The Secretariat convenes a meeting: date and time, format, place (or videoconference). */
  @UserAction
  public Meeting convene(Convening convening, CurrentUser user) {
    requireSecretariat(user);
    String title = Inputs.required(convening.title(), Limits.TITLE,
        "refusal.meeting.title", "refusal.meeting.title");
    if (convening.startsAt() == null || convening.format() == null) {
      throw new InvalidInputException("refusal.meeting.whenAndFormat");
    }
    String place = Inputs.optional(convening.place(), Limits.PLACE, "refusal.meeting.placeTooLong");
    if (convening.format() != MeetingFormat.VIDEOCONFERENCE && place == null) {
      throw new InvalidInputException("refusal.meeting.placeMissing");
    }
    long id = meetings.insert(title, convening.startsAt(), convening.format(), place, user.id(), clock.now());
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + id).getId();
    meetings.attachProcess(id, processInstanceId);
    return get(id);
  }

  /** The Secretariat sets (or replaces) the agenda while the meeting is convened. */
  @UserAction
  public List<AgendaItem> setAgenda(long meetingId, List<Long> documentIds, CurrentUser user) {
    requireSecretariat(user);
    Meeting meeting = lock(meetingId);
    replaceAgenda(meeting, documentIds);
    return agenda(meetingId);
  }

  /** The Secretariat confirms the agenda: the meeting is in session, one decision awaited per item. */
  @UserAction
  public Meeting confirmAgenda(long meetingId, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    requireSecretariat(user);
    complete(meeting, TASK_BUILD_AGENDA, new MeetingCommands.ConfirmAgenda(List.of()), user,
        "refusal.meeting.agendaAlreadyConfirmed");
    return get(meetingId);
  }

  /**
   * The Secretariat moves an item one place up or down while the agenda is being built; the numbers
   * follow.
   */
  @UserAction
  public List<AgendaItem> moveItem(long meetingId, long documentId, boolean up, CurrentUser user) {
    requireSecretariat(user);
    Meeting meeting = lock(meetingId);
    if (meeting.status() != MeetingStatus.CONVENED) {
      throw new ConflictException("refusal.meeting.agendaFixed");
    }
    requireOnAgenda(meeting, documentId);
    if (!meetings.move(meetingId, documentId, up)) {
      throw new ConflictException(up ? "refusal.meeting.alreadyFirst" : "refusal.meeting.alreadyLast", documentId);
    }
    return agenda(meetingId);
  }

  /** The Secretariat mails the confirmed agenda to all who sit at the meeting: the forum and its observers. */
  @UserAction
  public Meeting publishAgenda(long meetingId, CurrentUser user) {
    requireSecretariat(user);
    Meeting meeting = lock(meetingId);
    if (meeting.status() == MeetingStatus.CONVENED) {
      throw new ConflictException("refusal.meeting.agendaNotConfirmed");
    }
    if (meeting.status() == MeetingStatus.CLOSED) {
      throw new ConflictException("refusal.meeting.closed");
    }
    String items = agenda(meetingId).stream().filter(item -> !item.withdrawn())
        .map(item -> item.itemNumber() + ". " + (item.documentSymbol() == null ? "" : item.documentSymbol() + " ")
            + item.documentTitle())
        .collect(Collectors.joining("\n"));
    notifications.toForumAndObservers(Notice.of("AGENDA", "meeting:" + meetingId,
        Wording.of("mail.agenda.subject", meeting.title()),
        Wording.of("mail.agenda.body", meeting.title(), meeting.startsAt()), Wording.verbatim(items),
        Wording.of("mail.agenda.open", new Wording.Page("/desk/meetings/" + meetingId))));
    meetings.agendaPublished(meetingId, user.id(), clock.now());
    return get(meetingId);
  }

  /** The SOC Chair opens the session before the meeting's start time: decisions may then be recorded. */
  @UserAction
  public Meeting openSession(long meetingId, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    user.require(Role.SOC_CHAIR);
    switch (meeting.status()) {
      case CONVENED -> throw new ConflictException("refusal.meeting.agendaNotConfirmed");
      case IN_SESSION -> throw new ConflictException("refusal.meeting.alreadyInSession");
      case CLOSED -> throw new ConflictException("refusal.meeting.closed");
      case AGENDA_CONFIRMED -> meetings.open(meetingId, user.id(), actingChairs.actingFor(user, Role.SOC_CHAIR),
          clock.now());
    }
    return get(meetingId);
  }

  /**
   * The SOC Chair records the SOC's decision on one agenda item, signed with their password typed
   * again ({@link Signatures}).
   */
  @UserAction
  public List<Decision> decide(long meetingId, MeetingCommands.DecideItem decision, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    user.require(Role.SOC_CHAIR);
    requireSitting(meeting);
    requireOnAgenda(meeting, decision.documentId());
    Signatures.Signature signature = signatures.sign(user, decision.password());
    waiting.complete(decision.documentId(), TASK_DECIDE_ITEM, decision.signed(signature.signedAt()), user,
        "refusal.meeting.alreadyDecided", decision.documentId());
    return decisionsOnItem(register.ofMeeting(meetingId), decision.documentId());
  }

  /** The Secretariat or the SOC Chair records which delegations attend. */
  @UserAction
  public List<String> recordAttendance(long meetingId, List<String> delegationCodes, CurrentUser user) {
    user.requireAny("refusal.meeting.attendanceWho", Role.SECRETARIAT, Role.SOC_CHAIR);
    Meeting meeting = lock(meetingId);
    if (meeting.status() == MeetingStatus.CLOSED) {
      throw new ConflictException("refusal.meeting.closedAttendance");
    }
    meetings.replaceAttendance(meetingId, checkedDelegations(delegationCodes));
    return meetings.attendance(meetingId);
  }

  /** The SOC Chair closes the meeting; its summary record is produced and kept. */
  @UserAction
  public Meeting close(long meetingId, CurrentUser user) {
    Meeting meeting = lock(meetingId);
    user.require(Role.SOC_CHAIR);
    if (meeting.status() != MeetingStatus.CLOSED) {
      requireSitting(meeting);
    }
    complete(meeting, TASK_CLOSE, new MeetingCommands.Close(List.of()), user,
        "refusal.meeting.cannotClose");
    return get(meetingId);
  }

  // ---- reading ----

  public Meeting get(long id) {
    return meetings.find(id).orElseThrow(() -> new NotFoundException("refusal.meeting.notFound", id));
  }

  public List<Meeting> page(int offset, int limit) {
    return meetings.page(offset, limit);
  }

  public long count() {
    return meetings.count();
  }

  /** The agenda, with each document as the document module describes it. */
  public List<AgendaItem> agenda(long meetingId) {
    get(meetingId);
    List<MeetingRepository.ItemRow> rows = meetings.agenda(meetingId);
    Map<Long, Document> described = documents.all(rows.stream().map(MeetingRepository.ItemRow::documentId).toList());
    return rows.stream().map(row -> {
      Document document = described.get(row.documentId());
      return new AgendaItem(row.id(), row.meetingId(), row.itemNumber(), row.documentId(), document.type().name(),
          document.title(), document.symbol(), row.withdrawn());
    }).toList();
  }

  public List<String> attendance(long meetingId) {
    return meetings.attendance(meetingId);
  }

  /** Documents the SWG recommended that wait for a meeting and stand on no open agenda. */
  public List<Document> candidates() {
    Set<Long> onAgendas = new HashSet<>(meetings.documentsOnOpenAgendas());
    return documents.carriersWithStatus(DocumentStatus.AWAITING_SOC_MEETING).stream()
        .filter(document -> !onAgendas.contains(document.id()))
        .toList();
  }

  public byte[] summaryPdf(long meetingId) {
    get(meetingId);
    return meetings.summary(meetingId)
        .orElseThrow(() -> new NotFoundException("refusal.meeting.noSummary", meetingId));
  }

  /** The summary record kept (English), or its rendering in another working language, marked as a translation. */
  public byte[] summaryPdf(long meetingId, Locale language) {
    byte[] kept = summaryPdf(meetingId);
    return language.getLanguage().equals(SummaryRecordPdf.LANGUAGE.getLanguage()) ? kept
        : summaryRecord.render(summary(meetingId), language);
  }

  public MeetingSummary summary(long meetingId) {
    Meeting meeting = get(meetingId);
    List<Decision> decisions = register.ofMeeting(meetingId);
    List<MeetingSummary.Item> items = new ArrayList<>();
    for (AgendaItem item : agenda(meetingId)) {
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

  void replaceAgenda(Meeting meeting, List<Long> documentIds) {
    if (meeting.status() != MeetingStatus.CONVENED) {
      throw new ConflictException("refusal.meeting.agendaFixed");
    }
    if (documentIds == null || documentIds.isEmpty()) {
      throw new InvalidInputException("refusal.meeting.agendaDocumentsMissing");
    }
    List<Long> distinct = documentIds.stream().distinct().toList();
    for (long documentId : distinct) {
      Document document = documents.get(documentId);
      if (document.packageOf() != null) {
        throw new InvalidInputException("refusal.meeting.matrixWithBudget", documentId, document.packageOf());
      }
      if (document.status() != DocumentStatus.AWAITING_SOC_MEETING) {
        throw new ConflictException("refusal.meeting.notRecommended", documentId, document.status());
      }
      boolean elsewhere = meetings.openItemsOf(documentId).stream().anyMatch(item -> item.meetingId() != meeting.id());
      if (elsewhere) {
        throw new ConflictException("refusal.meeting.onOtherAgenda", documentId);
      }
    }
    meetings.replaceAgenda(meeting.id(), distinct);
  }

  /**
   * Nothing is decided, and the meeting is not closed, before it sits: from its start time, or from
   * when the Chair opened it. Checked by the service and again by the process's listeners, whichever
   * client completes the task.
   */
  static void requireSitting(Meeting meeting) {
    switch (meeting.status()) {
      case CONVENED -> throw new ConflictException("refusal.meeting.agendaNotConfirmed");
      case AGENDA_CONFIRMED -> throw new ConflictException("refusal.meeting.notStarted",
          UTC_MINUTE.format(meeting.startsAt().withOffsetSameInstant(ZoneOffset.UTC)));
      case CLOSED -> throw new ConflictException("refusal.meeting.notInSession", meeting.status());
      case IN_SESSION -> { }
    }
  }

  void requireOnAgenda(Meeting meeting, long documentId) {
    boolean onAgenda = meetings.agenda(meeting.id()).stream()
        .anyMatch(item -> item.documentId() == documentId && !item.withdrawn());
    if (!onAgenda) {
      throw new ConflictException("refusal.meeting.notOnAgenda", documentId, meeting.id());
    }
  }

  List<String> checkedDelegations(List<String> codes) {
    List<String> checked = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      Delegation delegation = forum.find(Inputs.code(code))
          .orElseThrow(() -> new InvalidInputException("refusal.forum.noDelegation", code));
      if (!checked.contains(delegation.code())) {
        checked.add(delegation.code());
      }
    }
    if (checked.isEmpty()) {
      throw new InvalidInputException("refusal.meeting.presentMissing");
    }
    return checked;
  }

  Meeting lock(long id) {
    return meetings.findForUpdate(id).orElseThrow(() -> new NotFoundException("refusal.meeting.notFound", id));
  }

  static void requireSecretariat(CurrentUser user) {
    user.require(Role.SECRETARIAT);
  }

  private void complete(Meeting meeting, String taskKey, TaskCommand command, CurrentUser user, String notWaiting) {
    waiting.completeInProcess(meeting.processInstanceId(), taskKey, command, user, notWaiting);
  }
}
