package org.accord.desk;

import java.util.function.Supplier;
import org.accord.system.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Carries out what a desk form asks (each service command is one user action: one transaction,
 * retried on concurrent changes), and answers with a redirect (Post/Redirect/Get). A refusal comes back
 * to the page as a message, with the form as it was typed, so nothing the user typed is lost. A user
 * whose role does not allow the action gets a 403 page instead: the desk never offered them the form.
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
      Problem problem = Problem.of(e);
      if (problem.status() == HttpStatus.FORBIDDEN) {
        // Nothing to retype: the form was never offered to this user. The page answers 403 (PageErrors).
        throw e;
      }
      redirect.addFlashAttribute("problem", problem);
      if (form != null) {
        redirect.addFlashAttribute(form);
      }
      return "redirect:" + backTo;
    }
  }
}
