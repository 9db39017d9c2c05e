package org.accord.negotiation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
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
 * The SWG Chair's extension of an open round's deadline: a section of the document page, which htmx
 * loads and swaps in place, and a page of its own for browsers without script. The new deadline is
 * picked in the forum's time zone; {@link Negotiation#extendDeadline} checks the Chair, the round and
 * the date again.
 */
@PageController
@RequestMapping("/documents/{id}/extension")
class ExtensionPage {

  private static final String TEMPLATE = "negotiation/extension";

  /** Form fields as typed, so that whatever was typed comes back with a refusal. */
  record ExtensionForm(Integer round, String deadline, String reason) implements Serializable {}

  private final Negotiation negotiation;
  private final Documents documents;
  private final Forum forum;
  private final PageTimes times;
  private final MessageSource messages;

  ExtensionPage(Negotiation negotiation, Documents documents, Forum forum, PageTimes times, MessageSource messages) {
    this.negotiation = negotiation;
    this.documents = documents;
    this.forum = forum;
    this.times = times;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    return Sections.show(htmx, TEMPLATE, model, section(id, user));
  }

  @PostMapping
  String extend(@PathVariable long id, ExtensionForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    // Only the SWG Chair has a form to post: anyone else gets 403, not a form to retype.
    user.require(Role.SWG_CHAIR);
    return FormOutcome.of(form, () -> record(id, form, user))
        .answer(htmx, TEMPLATE, "/documents/" + id + "/extension", model, redirect, () -> section(id, user));
  }

  private String record(long id, ExtensionForm form, CurrentUser user) {
    if (form.round() == null) {
      throw new InvalidInputException("refusal.negotiation.noOpenRound");
    }
    RoundExtension extension = negotiation.extendDeadline(id, form.round(), deadline(form.deadline()), form.reason(),
        user);
    return messages.getMessage("forms.extension.done",
        new Object[] {extension.roundNumber(), times.at(extension.newDeadline())}, LocaleContextHolder.getLocale());
  }

  /** The picker's local date and time, read in the forum's time zone. */
  private OffsetDateTime deadline(String typed) {
    return Inputs.wallClock(typed, forum.timeZone(), "refusal.negotiation.extension.deadlineMissing",
        "forms.extension.deadlineInvalid");
  }

  private ExtensionSection section(long id, CurrentUser user) {
    Document document = documents.get(id);
    Round latest = negotiation.rounds(id).stream().reduce((first, second) -> second).orElse(null);
    List<RoundExtension> extensions = latest == null ? List.of()
        : negotiation.extensions(id).stream().filter(extension -> extension.roundId() == latest.id()).toList();
    return new ExtensionSection(document, latest, user.has(Role.SWG_CHAIR), forum.timeZone(), extensions);
  }
}
