package org.accord.notification;

import java.io.Serializable;
import java.util.Locale;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.web.FormOutcome;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the mail outbox: pending, sent and failed mails by tab, a search by
 * recipient, and "retry now" on a failed mail. With htmx the retried mail's row answers in place,
 * with the tabs' counts sent again beside it; without script the page comes back with the outcome.
 * The filters are read as text, so that an unknown status is a sentence on the page, not a 400.
 */
@PageController
class OutboxPageController {

  private static final String TEMPLATE = "notification/outbox";

  /** The view a retry was clicked in, so that the page without script comes back to it. */
  record RetryForm(String back) implements Serializable {}

  private final OutboxAdministration administration;
  private final MessageSource messages;

  OutboxPageController(OutboxAdministration administration, MessageSource messages) {
    this.administration = administration;
    this.messages = messages;
  }

  @GetMapping(OutboxPage.PATH)
  String outbox(@RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
      @RequestParam(required = false) String page, Model model, CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    model.addAttribute("outbox", administration.page(new OutboxPage.Query(status, recipient, page)));
    return TEMPLATE;
  }

  @PostMapping(OutboxPage.PATH + "/{id}/retry")
  String retry(@PathVariable long id, RetryForm form, @HtmxRequest boolean htmx, Model model,
      RedirectAttributes redirect, CurrentUser user, Locale language) {
    user.require(Role.ADMINISTRATOR);
    FormOutcome outcome = FormOutcome.of(form, () -> {
      OutboxEntry sent = administration.retry(id);
      return messages.getMessage("outboxPage.retry.sent", new Object[] {String.valueOf(id), sent.recipientEmail()},
          language);
    });
    if (!htmx) {
      outcome.flashTo(redirect);
      return "redirect:" + backTo(form);
    }
    outcome.addTo(model);
    model.addAttribute("retried", id);
    model.addAttribute("mail", administration.mail(id));
    model.addAttribute("backlog", administration.backlog());
    model.addAttribute("sending", administration.sending());
    model.addAttribute("back", backTo(form));
    return TEMPLATE + " :: retried";
  }

  /** Only a view of this page is gone back to: a typed address elsewhere is not followed. */
  private static String backTo(RetryForm form) {
    String back = form.back();
    return back != null && back.matches("/admin/outbox(\\?[A-Za-z0-9=&%+._~-]*)?") ? back : OutboxPage.PATH;
  }
}
