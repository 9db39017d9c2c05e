package org.accord.desk;

import java.util.function.Supplier;
import org.accord.system.Problem;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Carries out what a desk form asks (each service command is one user action: one transaction,
 * retried on concurrent changes), and answers with a redirect (Post/Redirect/Get). A refusal comes back to the page as a message, with the
 * form as it was typed, so nothing the user typed is lost and no error page is shown.
 */
@Component
class FormSubmissions {

  /** Where to go after success, and what to tell the user there. */
  record Done(String target, String notice) {}

  /**
   * @param form the submitted form, flashed back under its conventional name ({@code DecisionForm}
   *     as {@code decisionForm}) when the work is refused; null for a button without fields
   * @param backTo the page that shows the form again
   */
  String submit(Object form, String backTo, RedirectAttributes redirect, Supplier<Done> work) {
    try {
      Done done = work.get();
      redirect.addFlashAttribute("notice", done.notice());
      return "redirect:" + done.target();
    } catch (RuntimeException e) {
      redirect.addFlashAttribute("problem", Problem.of(e));
      if (form != null) {
        redirect.addFlashAttribute(form);
      }
      return "redirect:" + backTo;
    }
  }
}
