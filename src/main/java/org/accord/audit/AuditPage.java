package org.accord.audit;

import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page of the audit trail: records found changed when served (if any, first),
 * the latest entries, and the verification of the whole chain on request.
 */
@PageController
@RequestMapping("/admin/audit")
class AuditPage {

  private static final int SHOWN = 50;

  private final AuditTrail trail;

  AuditPage(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  String show(Model model, CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    model.addAttribute("failures", trail.integrityFailures(10));
    model.addAttribute("entries", trail.latest(SHOWN));
    return "audit/trail";
  }

  @PostMapping("/verification")
  String verify(Model model, CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    model.addAttribute("verification", trail.verify());
    return show(model, user);
  }
}
