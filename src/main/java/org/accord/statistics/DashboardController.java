package org.accord.statistics;

import java.util.Locale;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.web.FilterInput;
import org.accord.system.web.HtmxRequest;
import org.accord.system.web.PageController;
import org.accord.system.web.Sections;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard, for the administrators and the Secretariat. The page asks its figures again every half
 * minute through htmx, which gets the figures alone ({@code section}); a year that means nothing is left
 * out with a sentence saying so, as the library does.
 */
@PageController
class DashboardController {

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/admin/dashboard")
  String dashboard(@RequestParam(required = false) String year, @HtmxRequest boolean htmx, CurrentUser user,
      Model model, Locale language) {
    user.requireAny("refusal.statistics.who", Role.ADMINISTRATOR, Role.SECRETARIAT);
    FilterInput input = new FilterInput();
    Integer asked = input.year(year);
    model.addAttribute("page", dashboard.of(asked, year == null ? "" : year.strip(), input.notes(),
        user.has(Role.ADMINISTRATOR), language));
    return Sections.view(htmx, "statistics/dashboard");
  }
}
