package org.accord.negotiation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.accord.security.CurrentUser;
import org.accord.system.Transactions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{id}")
@Tag(name = "Negotiation", description = "Positions in SWG rounds and the SWG Chair's consensus")
class NegotiationController {

  record PositionRequest(@NotBlank String delegation, @NotNull PositionKind kind,
      @Size(max = 20_000) String text, @Size(max = 200) String anchor) {}

  record PositionChangeRequest(@NotNull PositionKind kind, @Size(max = 20_000) String text,
      @Size(max = 200) String anchor) {}

  record ConsensusRequest(@Size(max = 2000) String note) {}

  record RulingRequest(@NotNull ChairRuling.Ruling ruling, @Size(max = 2000) String note) {}

  private final NegotiationService negotiation;
  private final Transactions transactions;

  NegotiationController(NegotiationService negotiation, Transactions transactions) {
    this.negotiation = negotiation;
    this.transactions = transactions;
  }

  @PostMapping("/positions")
  @Operation(summary = "Give your delegation's position in the open round (delegate)")
  ResponseEntity<Position> givePosition(@PathVariable long id, @RequestBody @Valid PositionRequest request) {
    CurrentUser user = CurrentUser.get();
    Position position = transactions.retrying(
        () -> negotiation.givePosition(id, request.delegation(), request.kind(), request.text(), request.anchor(), user));
    return ResponseEntity.created(URI.create("/api/documents/" + id)).body(position);
  }

  @PutMapping("/positions/{delegation}")
  @Operation(summary = "Change your delegation's position while the round is open; the record keeps every change (delegate)")
  Position changePosition(@PathVariable long id, @PathVariable String delegation,
      @RequestBody @Valid PositionChangeRequest request) {
    CurrentUser user = CurrentUser.get();
    return transactions.retrying(
        () -> negotiation.changePosition(id, delegation, request.kind(), request.text(), request.anchor(), user));
  }

  @PostMapping("/ruling")
  @Operation(summary = "Rule on further rounds once the configured number is spent: ONE_MORE_ROUND or WITHDRAW (SWG Chair)")
  ChairRuling rule(@PathVariable long id, @RequestBody @Valid RulingRequest request) {
    CurrentUser user = CurrentUser.get();
    return transactions.retrying(() -> negotiation.ruleOnFurtherRounds(id, request.ruling(), request.note(), user));
  }

  @PostMapping("/consensus")
  @Operation(summary = "Confirm consensus at SWG level and recommend the text to the SOC (SWG Chair)")
  ConsensusConfirmation confirmConsensus(@PathVariable long id, @RequestBody(required = false) @Valid ConsensusRequest request) {
    CurrentUser user = CurrentUser.get();
    String note = request == null ? null : request.note();
    return transactions.retrying(() -> negotiation.confirmConsensus(id, note, user));
  }
}
