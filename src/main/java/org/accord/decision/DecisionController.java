package org.accord.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.accord.document.Document;
import org.accord.security.CurrentUser;
import org.accord.system.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Decisions", description = "The route to the SOC and the decision register")
class DecisionController {

  record RouteRequest(@NotNull SocRoute route) {}

  private final DecisionRegister register;

  DecisionController(DecisionRegister register) {
    this.register = register;
  }

  @PostMapping("/api/documents/{id}/soc-route")
  @Operation(summary = "Send a recommended document to an SOC meeting or under silence procedure (SOC Chair)")
  Document chooseRoute(@PathVariable long id, @RequestBody @Valid RouteRequest request, CurrentUser user) {
    return register.chooseRoute(id, new RouteChoice(request.route()), user);
  }

  @GetMapping("/api/decisions")
  @Operation(summary = "The decision register, newest first, optionally of one year and of the documents whose "
      + "symbol or title contains text")
  PageOf<Decision> page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    RegisterFilter filter = new RegisterFilter(year, text);
    RegisterExportController.check(filter);
    return new PageOf<>(register.page(filter, page * size, size), page, size, register.count(filter));
  }

  @GetMapping("/api/decisions/{decisionId}")
  @Operation(summary = "One decision of the register")
  Decision one(@PathVariable long decisionId) {
    return register.get(decisionId);
  }
}
