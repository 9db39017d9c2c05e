package org.accord.silence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.AccordClock;
import org.accord.system.Inputs;
import org.accord.system.Labels;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.accord.system.web.Sections;
import org.accord.system.web.PageTimes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOC Chair's part of the silence procedure: circulating the text with its expiry, picked in the
 * reader's time zone (the forum's unless they chose another), and the choice after a break. A section
 * of the document page, which htmx loads and swaps in place, and a page of its own for browsers
 * without script. Both go through {@link SilenceProcedures}, which checks the role, the waiting task
 * and the expiry again.
 */
@PageController
@RequestMapping("/documents/{id}/silence-chair")
class SilenceChairPage {

  private static final String TEMPLATE = "silence/chair";

  /** The circulation as typed: the expiry as a datetime-local field sends it, without a zone. */
  record CirculationForm(String expiresAt, String note) implements Serializable {}

  record ChoiceForm(String choice, String password) implements Serializable {}

  private final SilenceProcedures silence;
  private final Documents documents;
  private final Forum forum;
  private final AccordClock clock;
  private final PageTimes times;
  private final Labels labels;
  private final MessageSource messages;

  SilenceChairPage(SilenceProcedures silence, Documents documents, Forum forum, AccordClock clock, PageTimes times,
      Labels labels, MessageSource messages) {
    this.silence = silence;
    this.documents = documents;
    this.forum = forum;
    this.clock = clock;
    this.times = times;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    return Sections.show(htmx, TEMPLATE, model, section(id, user));
  }

  /** Only the SOC Chair circulates: anyone else is answered 403 before any form is read. */
  @PostMapping("/circulation")
  String circulate(@PathVariable long id, CirculationForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SOC_CHAIR);
    return FormOutcome.of(form, () -> {
      OffsetDateTime expiresAt = expiry(form.expiresAt(), times.zone());
      SilenceProcedure started = silence.start(id, new Circulation(expiresAt, form.note()), user);
      ChairSection shown = section(id, user);
      return words("forms.silenceChair.circulated", times.at(started.expiresAt()),
          shown.utc(started.expiresAt(), LocaleContextHolder.getLocale()));
    }).answer(htmx, TEMPLATE, page(id), model, redirect, () -> section(id, user));
  }

  /** Only the SOC Chair chooses after a break: anyone else is answered 403 before any form is read. */
  @PostMapping("/choice")
  String choose(@PathVariable long id, ChoiceForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SOC_CHAIR);
    return FormOutcome.of(form, () -> {
      ChairChoice choice = Inputs.chosen(ChairChoice.class, form.choice(), "forms.silenceChair.choiceMissing");
      silence.choose(id, choice, form.password(), user);
      return words("forms.silenceChair.chosen." + choice.name(), labels.of(choice));
    }).answer(htmx, TEMPLATE, page(id), model, redirect, () -> section(id, user));
  }

  /**
   * The expiry as the reader meant it: a datetime-local value is a wall-clock time, read in the zone
   * the form named. The service checks it lies ahead.
   */
  static OffsetDateTime expiry(String typed, ZoneId zone) {
    return Inputs.wallClock(typed, zone, "refusal.silence.expiryMissing", "forms.silenceChair.expiryFormat");
  }

  private ChairSection section(long id, CurrentUser user) {
    Document document = documents.get(id);
    ChairSection.Step step = silence.waitsForCirculation(id) ? ChairSection.Step.CIRCULATE
        : silence.waitsForChoice(id) ? ChairSection.Step.CHOOSE : ChairSection.Step.NONE;
    List<SilenceProcedure> procedures = silence.ofDocument(id);
    SilenceProcedure latest = procedures.isEmpty() ? null : procedures.get(procedures.size() - 1);
    Delegation breaker = latest == null || latest.brokenByDelegation() == null ? null
        : forum.find(latest.brokenByDelegation()).orElse(null);
    return new ChairSection(document, step, latest, breaker, user.has(Role.SOC_CHAIR), times.zone(), clock.now());
  }

  private static String page(long id) {
    return "/documents/" + id + "/silence-chair";
  }

  private String words(String key, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, arguments, locale);
  }
}
