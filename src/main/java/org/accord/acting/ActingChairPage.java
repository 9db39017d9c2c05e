package org.accord.acting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Labels;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.PageController;
import org.accord.system.web.PageTimes;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chairs' page of acting chairs: who acts for each chair now and who will, a form to designate
 * someone for a period (picked in the forum's time zone; by default from now to the end of the
 * day), and a way to end a designation early. The Secretariat and the administrators read it.
 */
@PageController
@RequestMapping("/acting-chairs")
class ActingChairPage {

  private static final String PAGE = "/acting-chairs";
  private static final int PAST_SHOWN = 5;

  /** Form fields as typed, so that whatever was typed comes back with a refusal. */
  record DesignationForm(String body, String user, String from, String until, String reason) implements Serializable {}

  /** One chair's part of the page. */
  record Seat(Role body, boolean mayDesignate, List<Designation> open, List<Designation> past,
      List<User> candidates) {}

  private final ActingChairs actingChairs;
  private final Forum forum;
  private final AccordClock clock;
  private final PageTimes times;
  private final MessageSource messages;
  private final Labels labels;

  ActingChairPage(ActingChairs actingChairs, Forum forum, AccordClock clock, PageTimes times, MessageSource messages,
      Labels labels) {
    this.actingChairs = actingChairs;
    this.forum = forum;
    this.clock = clock;
    this.times = times;
    this.messages = messages;
    this.labels = labels;
  }

  @GetMapping
  String show(Model model, CurrentUser user) {
    user.requireAny("refusal.acting.pageNotYours", Role.SWG_CHAIR, Role.SOC_CHAIR, Role.SECRETARIAT,
        Role.ADMINISTRATOR);
    ZoneId zone = forum.timeZone();
    LocalDateTime now = clock.now().atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    model.addAttribute("seats", ActingChairs.BODIES.stream().map(body -> seat(body, user)).toList());
    model.addAttribute("zone", zone);
    model.addAttribute("defaultFrom", now);
    model.addAttribute("defaultUntil", now.toLocalDate().atTime(LocalTime.of(23, 59)));
    return "acting/chairs";
  }

  @PostMapping
  String designate(DesignationForm form, Model model, RedirectAttributes redirect, CurrentUser user) {
    return FormOutcome.of(form, () -> {
      Role body = body(form.body());
      Designation designation = actingChairs.designate(new Designation.Given(body, form.user(),
          Inputs.wallClock(form.from(), forum.timeZone(), null, "refusal.acting.fromInvalid"),
          Inputs.wallClock(form.until(), forum.timeZone(), "refusal.acting.untilMissing", "refusal.acting.untilInvalid"),
          form.reason()), user);
      return text("acting.designated", designation.actingUser(), labels.of(body), times.at(designation.startsAt()),
          times.at(designation.endsAt()));
    }).answer(false, "acting/chairs", PAGE, model, redirect, () -> null);
  }

  @PostMapping("/{id}/end")
  String end(@PathVariable long id, String confirm, Model model, RedirectAttributes redirect, CurrentUser user) {
    return FormOutcome.of(new EndForm(confirm), () -> {
      if (!"yes".equals(confirm)) {
        throw new InvalidInputException("refusal.acting.confirmEnd");
      }
      Designation ended = actingChairs.end(id, user);
      return text("acting.ended", ended.actingUser(), labels.of(ended.body()));
    }).answer(false, "acting/chairs", PAGE, model, redirect, () -> null);
  }

  /** The confirmation box of "End now". */
  record EndForm(String confirm) implements Serializable {}

  private Seat seat(Role body, CurrentUser user) {
    boolean mayDesignate = user.has(body) && actingChairs.actingFor(user, body) == null;
    return new Seat(body, mayDesignate, actingChairs.open(body), actingChairs.past(body, PAST_SHOWN),
        mayDesignate ? actingChairs.candidates(body) : List.of());
  }

  private static Role body(String typed) {
    return ActingChairs.BODIES.stream().filter(body -> body.name().equals(typed)).findFirst()
        .orElseThrow(() -> new InvalidInputException("refusal.acting.body"));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
