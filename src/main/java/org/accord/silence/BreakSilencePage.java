package org.accord.silence;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.system.AccordClock;
import org.accord.system.ForbiddenException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.accord.system.web.Sections;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Breaking silence: a section of the document page, which htmx loads and swaps in place, and a page
 * of its own for browsers without script. The break goes through {@link SilenceProcedures}, which
 * checks the delegation and the expiry again.
 */
@PageController
@RequestMapping("/documents/{id}/silence-break")
class BreakSilencePage {

  private static final String TEMPLATE = "silence/break";

  /**
   * Form fields as typed, so that whatever was typed comes back with a refusal.
   *
   * @param understood the delegate's confirmation that the break stops the adoption by silence
   */
  record BreakForm(String kind, String text, Boolean understood) implements Serializable {}

  private final SilenceProcedures silence;
  private final Documents documents;
  private final Forum forum;
  private final AccordClock clock;
  private final MessageSource messages;

  BreakSilencePage(SilenceProcedures silence, Documents documents, Forum forum, AccordClock clock,
      MessageSource messages) {
    this.silence = silence;
    this.documents = documents;
    this.forum = forum;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    return Sections.show(htmx, TEMPLATE, model, section(id, user));
  }

  @PostMapping
  String breakSilence(@PathVariable long id, BreakForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    return FormOutcome.of(form, () -> record(id, form, user))
        .answer(htmx, TEMPLATE, "/documents/" + id + "/silence-break", model, redirect, () -> section(id, user));
  }

  private String record(long id, BreakForm form, CurrentUser user) {
    Delegation delegation = forum.memberStateOf(user.groups())
        .orElseThrow(() -> new ForbiddenException("forms.silence.onlyMemberStates"));
    BreakKind kind = Inputs.chosen(BreakKind.class, form.kind(), "forms.silence.kindMissing");
    // Said here in the reader's language; the service refuses the same in the API's words.
    if (form.text() == null || form.text().isBlank()) {
      throw new InvalidInputException("forms.silence.textRequired." + kind.name());
    }
    if (!Boolean.TRUE.equals(form.understood())) {
      throw new InvalidInputException("forms.silence.confirmMissing");
    }
    silence.breakSilence(id, new BreakSilence(delegation.code(), kind, form.text()), user);
    return words("forms.silence.broken");
  }

  private BreakSection section(long id, CurrentUser user) {
    Document document = documents.get(id);
    List<SilenceProcedure> procedures = silence.ofDocument(id);
    SilenceProcedure latest = procedures.isEmpty() ? null : procedures.get(procedures.size() - 1);
    Delegation breaker = latest == null || latest.brokenByDelegation() == null ? null
        : forum.find(latest.brokenByDelegation()).orElse(null);
    boolean expired = latest != null && !clock.now().isBefore(latest.expiresAt());
    Optional<Delegation> delegation = forum.memberStateOf(user.groups());
    return new BreakSection(document, delegation.orElse(null), latest, breaker, expired);
  }


  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
