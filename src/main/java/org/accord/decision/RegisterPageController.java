package org.accord.decision;

import java.util.Locale;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision register's page, for every signed-in reader, observers too. The filters are read as
 * text, so that a year that means nothing is a sentence on the page rather than a 400.
 */
@PageController
class RegisterPageController {

  private final RegisterPages pages;

  RegisterPageController(RegisterPages pages) {
    this.pages = pages;
  }

  @GetMapping("/decisions")
  String register(@RequestParam(required = false) String year, @RequestParam(required = false) String text,
      @RequestParam(required = false) String page, Model model, Locale language) {
    model.addAttribute("register", pages.of(new RegisterPage.Query(year, text, page), language));
    return "decision/register";
  }
}
