package org.accord.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.accord.security.CurrentUser;
import org.accord.system.PageOf;
import org.accord.system.Transactions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Decisions", description = "SOC decisions and the decision register")
class DecisionController {

  record DecisionRequest(@NotNull SocOutcome outcome, @Size(max = 2000) String note) {}

  private final SocDecisionService decisions;
  private final Transactions transactions;

  DecisionController(SocDecisionService decisions, Transactions transactions) {
    this.decisions = decisions;
    this.transactions = transactions;
  }

  @PostMapping("/api/documents/{id}/soc-decision")
  @Operation(summary = "Record the SOC's decision on a recommended document (SOC Chair)")
  ResponseEntity<Decision> decide(@PathVariable long id, @RequestBody @Valid DecisionRequest request) {
    CurrentUser user = CurrentUser.get();
    Decision decision = transactions.retrying(() -> decisions.decide(id, request.outcome(), request.note(), user));
    return ResponseEntity.created(URI.create("/api/decisions/" + decision.id())).body(decision);
  }

  @GetMapping("/api/decisions")
  @Operation(summary = "The decision register, newest first")
  PageOf<Decision> register(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    return new PageOf<>(decisions.page(page * size, size), page, size, decisions.count());
  }

  @GetMapping("/api/decisions/{decisionId}")
  @Operation(summary = "One decision of the register")
  Decision one(@PathVariable long decisionId) {
    return decisions.get(decisionId);
  }
}
