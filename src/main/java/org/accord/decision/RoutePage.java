package org.accord.decision;

import java.io.Serializable;
import org.accord.document.Document;
import org.accord.document.Documents;
import org.accord.document.Routing;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.Inputs;
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
 * The SOC Chair's choice of route to the SOC: a section of the document page, which htmx loads and
 * swaps in place, and a page of its own for browsers without script. The choice goes through
 * {@link DecisionRegister#chooseRoute}, which checks the role, the waiting task and the routing table again.
 */
@PageController
@RequestMapping("/documents/{id}/route")
class RoutePage {

  private static final String TEMPLATE = "decision/route";

  /** Form fields as typed, so that whatever was chosen comes back with a refusal. */
  record RouteForm(String route) implements Serializable {}

  private final DecisionRegister register;
  private final RouteSteps routes;
  private final Documents documents;
  private final Labels labels;
  private final MessageSource messages;

  RoutePage(DecisionRegister register, RouteSteps routes, Documents documents, Labels labels, MessageSource messages) {
    this.register = register;
    this.routes = routes;
    this.documents = documents;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable long id, @HtmxRequest boolean htmx,
      Model model, CurrentUser user) {
    return Sections.show(htmx, TEMPLATE, model, section(id, user));
  }

  /** Only the SOC Chair chooses a route: anyone else is answered 403 before any form is read. */
  @PostMapping
  String choose(@PathVariable long id, RouteForm form,
      @HtmxRequest boolean htmx,
      Model model, RedirectAttributes redirect, CurrentUser user) {
    user.require(Role.SOC_CHAIR);
    return FormOutcome.of(form, () -> record(id, form, user))
        .answer(htmx, TEMPLATE, "/documents/" + id + "/route", model, redirect, () -> section(id, user));
  }

  private String record(long id, RouteForm form, CurrentUser user) {
    SocRoute route = Inputs.chosen(SocRoute.class, form.route(), "forms.route.missing");
    register.chooseRoute(id, new RouteChoice(route), user);
    return messages.getMessage("forms.route.chosen." + route.name(), new Object[] {labels.of(route)},
        LocaleContextHolder.getLocale());
  }

  private RouteSection section(long id, CurrentUser user) {
    Document document = documents.get(id);
    boolean waiting = register.waitsForRoute(id);
    // A document waits for its route only once registered, and so routed.
    Routing routing = waiting ? documents.routing(id) : null;
    ChosenRoute chosen = waiting ? null : routes.latest(id).orElse(null);
    return new RouteSection(document, routing, waiting, user.has(Role.SOC_CHAIR), chosen);
  }
}
