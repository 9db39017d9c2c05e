package org.accord.negotiation;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.security.CurrentUser;
import org.accord.system.ForbiddenException;
import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;
import org.accord.system.Labels;
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
 * Giving and changing the delegation's position: a section of the document page, which htmx loads
 * and swaps in place, and a page of its own for browsers without script (the document page links to
 * it). Every change goes through {@link Negotiation}, which checks the delegation and the round again.
 */
@PageController
@RequestMapping("/documents/{id}/position")
class PositionPage {

  private static final String TEMPLATE = "negotiation/position";

  /** Form fields as typed: text, so that whatever was typed comes back with a refusal. */
  record PositionForm(String kind, String text, String anchor) implements Serializable {}

  private final Negotiation negotiation;
  private final Documents documents;
  private final Forum forum;
  private final Labels labels;
  private final MessageSource messages;

  PositionPage(Negotiation negotiation, Documents documents, Forum forum, Labels labels, MessageSource messages) {
    this.negotiation = negotiation;
    this.documents = documents;
    this.forum = forum;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    return Sections.show(htmx, TEMPLATE, model, section(id, user));
  }

  @PostMapping
  String give(@PathVariable long id, PositionForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    return FormOutcome.of(form, () -> record(id, form, user))
        .answer(htmx, TEMPLATE, "/documents/" + id + "/position", model, redirect, () -> section(id, user));
  }

  /** Gives the position the first time in the round, changes it after; answers what was recorded. */
  private String record(long id, PositionForm form, CurrentUser user) {
    Delegation delegation = forum.memberStateOf(user.groups())
        .orElseThrow(() -> new ForbiddenException("forms.position.onlyMemberStates"));
    PositionKind kind = Inputs.chosen(PositionKind.class, form.kind(), "forms.position.kindMissing");
    if (kind.needsText() && (form.text() == null || form.text().isBlank())) {
      // Said here in the reader's language; the service refuses the same in the API's words.
      throw new InvalidInputException("forms.position.textRequired." + kind.name());
    }
    String anchor = form.anchor() == null || form.anchor().isBlank() ? null : form.anchor();
    GivePosition position = new GivePosition(delegation.code(), kind, form.text(), anchor);
    boolean given = negotiation.latestRoundOf(id, delegation.code())
        .map(stand -> stand.position() != null).orElse(false);
    Position recorded = given ? negotiation.change(id, position, user) : negotiation.give(id, position, user);
    return words(given ? "forms.position.changed" : "forms.position.given", labels.of(recorded.kind()));
  }

  private PositionSection section(long id, CurrentUser user) {
    Document document = documents.get(id);
    Optional<Delegation> delegation = forum.memberStateOf(user.groups());
    Negotiation.DelegationInRound stand = delegation
        .flatMap(speaker -> negotiation.latestRoundOf(id, speaker.code())).orElse(null);
    List<PositionSection.ParagraphChoice> paragraphs = stand != null && stand.round().isOpen()
        ? PositionSection.choices(documents.paragraphs(id), stand.position() == null ? null : stand.position().anchor())
        : List.of();
    return new PositionSection(document, delegation.orElse(null), stand, paragraphs);
  }


  private String words(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
