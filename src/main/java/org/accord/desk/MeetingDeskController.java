package org.accord.desk;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.decision.Decision;
import org.accord.decision.SocOutcome;
import org.accord.desk.FormSubmissions.Done;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.meeting.AgendaItem;
import org.accord.meeting.Meeting;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.MeetingCommands;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatements;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.InvalidInputException;
import org.accord.system.Labels;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting desk: the Secretariat convenes SOC meetings and sets their agenda, the SOC Chair
 * records a decision per item, the attendance, and closes the meeting. Plain forms, no script
 * needed; every change goes through {@link MeetingService}, which checks the roles again.
 */
@PageController
@RequestMapping("/desk/meetings")
class MeetingDeskController {

  private static final int PAGE_SIZE = 20;

  /** Form fields as typed: text, so that whatever was typed can be shown again with the refusal. */
  record ConveneForm(String title, String startsAt, String utcOffset, String format, String place) implements Serializable {

    OffsetDateTime startsAtTime() {
      if (startsAt == null || startsAt.isBlank()) {
        throw new InvalidInputException("desk.refusal.startsAtMissing");
      }
      try {
        return LocalDateTime.parse(startsAt.strip())
            .atOffset(ZoneOffset.of(utcOffset == null || utcOffset.isBlank() ? "Z" : utcOffset.strip()));
      } catch (DateTimeException e) {
        throw new InvalidInputException("desk.refusal.startsAtInvalid", startsAt, utcOffset);
      }
    }

    MeetingFormat meetingFormat() {
      try {
        return MeetingFormat.valueOf(format);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("desk.refusal.formatMissing");
      }
    }
  }

  record AgendaForm(List<Long> documentIds) implements Serializable {}

  record DecisionForm(Long documentId, String outcome, String statements, String note, String password) implements Serializable {

    /** What comes back with a refusal: everything typed but the password. */
    DecisionForm typed() {
      return new DecisionForm(documentId, outcome, statements, note, null);
    }
  }

  /** {@code select} is set by the "all member states" and "clear" buttons: they tick boxes, they save nothing. */
  record AttendanceForm(List<String> present, String select) implements Serializable {}

  private final Meetings meetings;
  private final MeetingPages pages;
  private final FormSubmissions submissions;
  private final DeskText text;
  private final Labels labels;
  private final Forum forum;

  MeetingDeskController(Meetings meetings, MeetingPages pages,
      FormSubmissions submissions, DeskText text, Labels labels, Forum forum) {
    this.text = text;
    this.labels = labels;
    this.forum = forum;
    this.meetings = meetings;
    this.pages = pages;
    this.submissions = submissions;
  }

  @ModelAttribute("text")
  DeskText text() {
    return text;
  }

  @GetMapping
  String meetings(@RequestParam(defaultValue = "0") int page, Model model, CurrentUser user, Locale language) {
    int shown = Math.max(page, 0);
    long total = meetings.count();
    model.addAttribute("meetings", meetings.page(shown * PAGE_SIZE, PAGE_SIZE));
    model.addAttribute("pageNumber", shown);
    model.addAttribute("total", total);
    model.addAttribute("hasOlder", (shown + 1L) * PAGE_SIZE < total);
    model.addAttribute("secretariat", user.has(Role.SECRETARIAT));
    model.addAttribute("forumName", forum.name(language));
    return "desk/meetings";
  }

  @PostMapping
  String convene(ConveneForm form, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(form, "/desk/meetings", redirect, () -> {
      Meeting meeting = meetings.convene(
          new Meetings.Convening(form.title(), form.startsAtTime(), form.meetingFormat(), form.place()), user);
      return new Done(pathOf(meeting.id()), text.words("desk.notice.convened"));
    });
  }

  @GetMapping("/{id}")
  String meeting(@PathVariable long id, Model model, CurrentUser user, Locale language) {
    model.addAttribute("page", pages.of(id, user, language));
    return "desk/meeting";
  }

  @PostMapping("/{id}/agenda")
  String setAgenda(@PathVariable long id, AgendaForm form, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(form, pathOf(id), redirect, () -> {
      int items = meetings.setAgenda(id, form.documentIds(), user).size();
      return new Done(pathOf(id), text.words("desk.notice.agendaSaved", text.counted("desk.items", items)));
    });
  }

  @PostMapping("/{id}/agenda/confirmation")
  String confirmAgenda(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(null, pathOf(id), redirect, () -> {
      meetings.confirmAgenda(id, user);
      return new Done(pathOf(id), text.words("desk.notice.agendaConfirmed"));
    });
  }

  @PostMapping("/{id}/decisions")
  String decide(@PathVariable long id, DecisionForm form, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(form.typed(), pathOf(id), redirect, () -> {
      if (form.documentId() == null) {
        throw new InvalidInputException("desk.refusal.itemMissing");
      }
      if (form.outcome() == null || form.outcome().isBlank()) {
        throw new InvalidInputException("desk.refusal.outcomeMissing");
      }
      SocOutcome outcome = SocOutcome.parse(form.outcome());
      List<Decision> decisions = meetings.decide(id, new MeetingCommands.DecideItem(form.documentId(), outcome,
          MeetingStatements.parse(form.statements()), form.note()).withPassword(form.password()), user);
      String outcomeLabel = labels.of(outcome);
      return new Done(pathOf(id), decisions.isEmpty() ? text.words("desk.notice.decidedUnnumbered", outcomeLabel)
          : text.words("desk.notice.decided", decisions.get(0).number(), outcomeLabel));
    });
  }

  @PostMapping("/{id}/attendance")
  String recordAttendance(@PathVariable long id, AttendanceForm form, RedirectAttributes redirect, CurrentUser user) {
    if (form.select() != null && !form.select().isBlank()) {
      return ticked(id, form, redirect, user);
    }
    return submissions.submit(form, pathOf(id), redirect, () -> {
      int present = meetings.recordAttendance(id, form.present(), user).size();
      return new Done(pathOf(id), text.words("desk.notice.attendance", text.counted("desk.delegations", present)));
    });
  }

  /**
   * "All member states" or "clear", without script: the form comes back with every member state
   * ticked or none (observers as they were), to be checked and saved.
   */
  private String ticked(long id, AttendanceForm form, RedirectAttributes redirect, CurrentUser user) {
    user.requireAny("refusal.meeting.attendanceWho", Role.SECRETARIAT, Role.SOC_CHAIR);
    boolean all = "all".equals(form.select());
    List<String> memberStates = forum.all().stream().filter(Delegation::holdsPosition).map(Delegation::code).toList();
    List<String> present = new ArrayList<>(form.present() == null ? List.of()
        : form.present().stream().filter(code -> !memberStates.contains(code)).toList());
    if (all) {
      present.addAll(memberStates);
    }
    redirect.addFlashAttribute(new AttendanceForm(present, null));
    redirect.addFlashAttribute("notice", text.words(all ? "clock.attendance.allTicked" : "clock.attendance.cleared"));
    return "redirect:" + pathOf(id) + "#attendance-heading";
  }

  @PostMapping("/{id}/agenda/{documentId}/{direction:up|down}")
  String move(@PathVariable long id, @PathVariable long documentId, @PathVariable String direction,
      RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(null, pathOf(id), redirect, () -> {
      int number = meetings.moveItem(id, documentId, "up".equals(direction), user).stream()
          .filter(item -> item.documentId() == documentId).findFirst().map(AgendaItem::itemNumber).orElse(0);
      return new Done(pathOf(id) + "#agenda-heading", text.words("clock.notice.moved", number));
    });
  }

  @PostMapping("/{id}/agenda/publication")
  String publishAgenda(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(null, pathOf(id), redirect, () -> {
      meetings.publishAgenda(id, user);
      return new Done(pathOf(id), text.words("clock.notice.published"));
    });
  }

  @PostMapping("/{id}/session")
  String openSession(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
    return submissions.submit(null, pathOf(id), redirect, () -> {
      meetings.openSession(id, user);
      return new Done(pathOf(id), text.words("clock.notice.opened"));
    });
  }

  /** Closing is final: the form carries a confirmation the Chair ticks. */
  @PostMapping("/{id}/closure")
  String close(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect,
      CurrentUser user) {
    return submissions.submit(null, pathOf(id), redirect, () -> {
      user.require(Role.SOC_CHAIR);
      if (confirm == null || confirm.isBlank()) {
        throw new InvalidInputException("clock.refusal.confirmClose");
      }
      meetings.close(id, user);
      return new Done(pathOf(id), text.words("desk.notice.closed"));
    });
  }

  private static String pathOf(long meetingId) {
    return "/desk/meetings/" + meetingId;
  }
}
