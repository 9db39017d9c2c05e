package org.accord.system.web;

import java.util.function.Supplier;
import org.accord.system.Problem;
import org.springframework.core.Conventions;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form in a section of the document page came to: a notice when the work was done, or the
 * refusal with the form as typed, so that nothing typed is lost. With htmx the section answers in
 * place ({@link #addTo}); without script the form posts to the section's own page, which shows the
 * outcome after a redirect ({@link #flashTo}).
 *
 * @param notice what was done, in the reader's language; null when refused
 * @param problem why it was refused; null when done
 * @param typed the form as typed, kept only when refused or reshaped (under its conventional name:
 *     {@code PositionForm} as {@code positionForm})
 * @param formName the form's conventional name, under which a section finds it
 */
public record FormOutcome(String notice, Problem problem, Object typed, String formName) {

  /** Does the work (a user action, its own transaction) and keeps either its notice or its refusal. */
  public static FormOutcome of(Object form, Supplier<String> work) {
    String name = Conventions.getVariableName(form);
    try {
      return new FormOutcome(work.get(), null, null, name);
    } catch (RuntimeException e) {
      return new FormOutcome(null, Problem.of(e), form, name);
    }
  }

  /** A form that only changes its own shape (a row added or removed): nothing done, nothing refused. */
  public static FormOutcome reshaped(Object form) {
    return new FormOutcome(null, null, form, Conventions.getVariableName(form));
  }

  public boolean refused() {
    return problem != null;
  }

  /**
   * For the section rendered in place of the one that posted. Once the work is done the section
   * shows what is recorded, not what was typed: the form bound from the request is put aside.
   */
  public void addTo(Model model) {
    if (notice != null) {
      model.addAttribute("notice", notice);
    }
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    model.addAttribute(formName, typed);
  }

  /**
   * The answer to a section's form: with htmx, the section's fragment ({@code template :: section})
   * in place, with this outcome and the section as it now stands; without script, a redirect to the
   * section's own page, which shows the outcome once (Post/Redirect/Get).
   */
  public String answer(boolean htmx, String template, String page, Model model, RedirectAttributes redirect,
      Supplier<?> section) {
    if (!htmx) {
      // Without script the section lives on its own page alone: the document page could not show it.
      flashTo(redirect);
      return "redirect:" + page;
    }
    addTo(model);
    // Work done may have completed a task: the navigation's count is sent again beside the section.
    model.addAttribute("countsChanged", notice != null);
    model.addAttribute("section", section.get());
    return Sections.view(true, template);
  }

  /** For the page the browser is sent back to (Post/Redirect/Get). */
  public void flashTo(RedirectAttributes redirect) {
    if (notice != null) {
      redirect.addFlashAttribute("notice", notice);
    }
    if (problem != null) {
      redirect.addFlashAttribute("problem", problem);
    }
    if (typed != null) {
      redirect.addFlashAttribute(formName, typed);
    }
  }
}
