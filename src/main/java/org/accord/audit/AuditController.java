package org.accord.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators: its latest entries, and a verification of the whole chain. */
@RestController
@RequestMapping("/api/admin/audit")
@Tag(name = "Audit trail", description = "The tamper-evident record of every action")
class AuditController {

  static final int MOST = 500;

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(summary = "The latest entries, newest first")
  List<AuditEntry> latest(@RequestParam(defaultValue = "50") int limit, CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    if (limit < 1 || limit > MOST) {
      throw new InvalidInputException("refusal.audit.limit", MOST);
    }
    return trail.latest(limit);
  }

  @GetMapping("/verification")
  @Operation(summary = "Walk the chain, re-check the decisions and versions it vouches for, name what is broken")
  Verification verify(CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    return trail.verify();
  }
}
