package org.accord.system.web;

import org.springframework.ui.Model;

/**
 * A section of the document page (the position, a chair's step, the registration): loaded by htmx
 * into the page, it is answered alone ({@code template :: section}); without script it is a page of its
 * own ({@code template}).
 */
public final class Sections {

  private Sections() {}

  /** Shows {@code section} under the model name the templates read, alone or as a page. */
  public static String show(boolean htmx, String template, Model model, Object section) {
    model.addAttribute("section", section);
    return view(htmx, template);
  }

  public static String view(boolean htmx, String template) {
    return htmx ? template + " :: section" : template;
  }
}
