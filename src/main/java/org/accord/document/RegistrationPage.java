package org.accord.document;

import java.io.Serializable;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's desk for registration: the queue of documents awaiting it (oldest first), and
 * the registration section of a document page, which htmx loads and swaps in place, with a page of
 * its own for browsers without script. Registering goes through {@link Documents#register}, as the
 * API does; the process checks the symbol, and a refusal comes back in words beside the input.
 * Only the Secretariat sees these pages; anyone else is answered 403.
 */
@PageController
class RegistrationPage {

  private static final String TEMPLATE = "document/registration";

  /** The form as typed, so that a refused symbol comes back for correction. */
  record RegistrationForm(String symbol) implements Serializable {}

  /** A document in the queue: when its draft was submitted. */
  record Waiting(Document document, String coordinator, DocumentVersion draft) {}

  private final Documents documents;
  private final Symbols symbols;
  private final MessageSource messages;

  RegistrationPage(Documents documents, Symbols symbols, MessageSource messages) {
    this.documents = documents;
    this.symbols = symbols;
    this.messages = messages;
  }

  /** The queue: every document waiting for a symbol, the one waiting longest first. */
  @GetMapping("/registrations")
  String queue(Model model, CurrentUser user) {
    user.require(Role.SECRETARIAT);
    // A staff matrix is registered with its budget, which carries the process: carriers only.
    List<Waiting> waiting = documents.carriersWithStatus(DocumentStatus.AWAITING_REGISTRATION).stream()
        .map(document -> new Waiting(document, documents.coordinatorOf(document)
            .name(LocaleContextHolder.getLocale()), draft(document.id())))
        .toList();
    model.addAttribute("waiting", waiting);
    return "document/registrations";
  }

  @GetMapping("/documents/{id}/registration")
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    user.require(Role.SECRETARIAT);
    return Sections.show(htmx, TEMPLATE, model, section(id));
  }

  @PostMapping("/documents/{id}/registration")
  String register(@PathVariable long id, RegistrationForm registrationForm,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SECRETARIAT);
    return FormOutcome.of(registrationForm, () -> {
      Document registered = documents.register(id, new Registration(registrationForm.symbol()), user);
      return messages.getMessage("forms.registration.done", new Object[] {registered.symbol()},
          LocaleContextHolder.getLocale());
    }).answer(htmx, TEMPLATE, "/documents/" + id + "/registration", model, redirect, () -> section(id));
  }

  /** The version the coordinator submitted for registration: the latest. */
  private DocumentVersion draft(long id) {
    List<DocumentVersion> all = documents.versions(id);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private RegistrationSection section(long id) {
    Document document = documents.get(id);
    return new RegistrationSection(document, documents.coordinatorOf(document),
        draft(id), symbols.suggest(document.type()).orElse(null));
  }
}
