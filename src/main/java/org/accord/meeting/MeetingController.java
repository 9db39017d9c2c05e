package org.accord.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.accord.decision.Decision;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Document;
import org.accord.security.CurrentUser;
import org.accord.security.UserPreferences;
import org.accord.system.PageOf;
import org.accord.system.Inputs;
import org.accord.system.Limits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "SOC meetings", description = "Convene, build the agenda, decide each item, record attendance, close")
class MeetingController {

  record NewMeeting(@NotBlank @Size(max = Limits.TITLE) String title, @NotNull OffsetDateTime startsAt,
      @NotNull MeetingFormat format, @Size(max = Limits.PLACE) String place) {}

  record AgendaRequest(@NotEmpty @Size(max = Limits.ITEMS) List<Long> documentIds) {}

  record Statement(@NotBlank String delegation, @NotBlank @Size(max = Limits.TEXT) String text) {}

  /** A decision, signed with the SOC Chair's password typed again. */
  record DecisionRequest(@NotNull Long documentId, @NotNull SocOutcome outcome,
      @Size(max = Limits.ITEMS) List<@Valid Statement> statements,
      @Size(max = Limits.NOTE) String note, String password) {}

  record AttendanceRequest(@NotEmpty @Size(max = Limits.ITEMS) List<String> present) {}

  record MeetingView(Meeting meeting, List<AgendaItem> agenda, List<String> attendance, List<Decision> decisions) {}

  private final Meetings meetings;
  private final DecisionRegister register;

  MeetingController(Meetings meetings, DecisionRegister register) {
    this.meetings = meetings;
    this.register = register;
  }

  @PostMapping
  @Operation(summary = "Convene an SOC meeting: date and time, format, place (Secretariat)")
  ResponseEntity<Meeting> convene(@RequestBody @Valid NewMeeting request, CurrentUser user) {
    Meeting meeting = meetings.convene(
        new Meetings.Convening(request.title(), request.startsAt(), request.format(), request.place()), user);
    return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
  }

  @GetMapping
  @Operation(summary = "SOC meetings, latest first")
  PageOf<Meeting> page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    return new PageOf<>(meetings.page(page * size, size), page, size, meetings.count());
  }

  @GetMapping("/candidates")
  @Operation(summary = "Documents recommended by the SWG that wait for a meeting's decision")
  List<Document> candidates() {
    return meetings.candidates();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A meeting with its agenda, attendance and decisions")
  MeetingView one(@PathVariable long id) {
    return new MeetingView(meetings.get(id), meetings.agenda(id), meetings.attendance(id), register.ofMeeting(id));
  }

  @PutMapping("/{id}/agenda")
  @Operation(summary = "Set the agenda: documents awaiting a meeting (Secretariat)")
  List<AgendaItem> setAgenda(@PathVariable long id, @RequestBody @Valid AgendaRequest request, CurrentUser user) {
    return meetings.setAgenda(id, request.documentIds(), user);
  }

  @PostMapping("/{id}/agenda/confirmation")
  @Operation(summary = "Confirm the agenda: the meeting is in session from its start time (Secretariat)")
  Meeting confirmAgenda(@PathVariable long id, CurrentUser user) {
    return meetings.confirmAgenda(id, user);
  }

  @PostMapping("/{id}/agenda/{documentId}/up")
  @Operation(summary = "Move an agenda item one place up while the agenda is built (Secretariat)")
  List<AgendaItem> moveUp(@PathVariable long id, @PathVariable long documentId, CurrentUser user) {
    return meetings.moveItem(id, documentId, true, user);
  }

  @PostMapping("/{id}/agenda/{documentId}/down")
  @Operation(summary = "Move an agenda item one place down while the agenda is built (Secretariat)")
  List<AgendaItem> moveDown(@PathVariable long id, @PathVariable long documentId, CurrentUser user) {
    return meetings.moveItem(id, documentId, false, user);
  }

  @PostMapping("/{id}/agenda/publication")
  @Operation(summary = "Mail the confirmed agenda to the forum (Secretariat)")
  Meeting publishAgenda(@PathVariable long id, CurrentUser user) {
    return meetings.publishAgenda(id, user);
  }

  @PostMapping("/{id}/session")
  @Operation(summary = "Open the session before the meeting's start time, so that decisions can be recorded (SOC Chair)")
  Meeting openSession(@PathVariable long id, CurrentUser user) {
    return meetings.openSession(id, user);
  }

  @PostMapping("/{id}/decisions")
  @Operation(summary = "Record the SOC's decision on an agenda item, with statements for the record (SOC Chair)")
  ResponseEntity<List<Decision>> decide(@PathVariable long id, @RequestBody @Valid DecisionRequest request,
      CurrentUser user) {
    List<Reservation> statements = request.statements() == null ? List.of() : request.statements().stream()
        .map(s -> new Reservation(Inputs.code(s.delegation()), s.text(), Reservation.Source.MEETING))
        .toList();
    List<Decision> decisions = meetings.decide(id,
        new MeetingCommands.DecideItem(request.documentId(), request.outcome(), statements, request.note())
            .withPassword(request.password()), user);
    return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(decisions);
  }

  @PutMapping("/{id}/attendance")
  @Operation(summary = "Record the delegations present (Secretariat or SOC Chair)")
  List<String> attendance(@PathVariable long id, @RequestBody @Valid AttendanceRequest request, CurrentUser user) {
    return meetings.recordAttendance(id, request.present(), user);
  }

  @PostMapping("/{id}/closure")
  @Operation(summary = "Close the meeting once every item is decided; its summary record is produced (SOC Chair)")
  Meeting close(@PathVariable long id, CurrentUser user) {
    return meetings.close(id, user);
  }

  @GetMapping("/{id}/summary.pdf")
  @Operation(summary = "The summary record of a closed meeting: the record kept (English), or with language=ru "
      + "its Russian rendering, marked as a translation")
  ResponseEntity<byte[]> summary(@PathVariable long id, @RequestParam(required = false) String language) {
    Locale chosen = language == null ? SummaryRecordPdf.LANGUAGE : UserPreferences.language(language);
    String suffix = chosen.equals(SummaryRecordPdf.LANGUAGE) ? "" : "-" + chosen.getLanguage();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("soc-meeting-" + id + "-summary-record" + suffix + ".pdf").build().toString())
        .body(meetings.summaryPdf(id, chosen));
  }
}
