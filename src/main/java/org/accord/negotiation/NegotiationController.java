package org.accord.negotiation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.accord.security.CurrentUser;
import org.accord.system.Limits;
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
      @Size(max = Limits.TEXT) String text, @Size(max = Limits.ANCHOR) String anchor) {}

  record PositionChangeRequest(@NotNull PositionKind kind, @Size(max = Limits.TEXT) String text,
      @Size(max = Limits.ANCHOR) String anchor) {}

  record ConsensusRequest(@Size(max = Limits.NOTE) String note) {}

  record RulingRequest(@NotNull ChairRuling.Ruling ruling, @Size(max = Limits.NOTE) String note) {}

  private final Negotiation negotiation;

  NegotiationController(Negotiation negotiation) {
    this.negotiation = negotiation;
  }

  @PostMapping("/positions")
  @Operation(summary = "Give your delegation's position in the open round (delegate)")
  ResponseEntity<Position> givePosition(@PathVariable long id, @RequestBody @Valid PositionRequest request,
      CurrentUser user) {
    Position position = negotiation.give(id,
        new GivePosition(request.delegation(), request.kind(), request.text(), request.anchor()), user);
    return ResponseEntity.created(URI.create("/api/documents/" + id)).body(position);
  }

  @PutMapping("/positions/{delegation}")
  @Operation(summary = "Change your delegation's position while the round is open; the record keeps every change (delegate)")
  Position changePosition(@PathVariable long id, @PathVariable String delegation,
      @RequestBody @Valid PositionChangeRequest request, CurrentUser user) {
    return negotiation.change(id, new GivePosition(delegation, request.kind(), request.text(), request.anchor()), user);
  }

  @PostMapping("/ruling")
  @Operation(summary = "Rule on further rounds once the configured number is spent: ONE_MORE_ROUND or WITHDRAW (SWG Chair)")
  ChairRuling rule(@PathVariable long id, @RequestBody @Valid RulingRequest request, CurrentUser user) {
    return negotiation.rule(id, new ChairRuling.Given(request.ruling(), request.note()), user);
  }

  @PostMapping("/consensus")
  @Operation(summary = "Confirm consensus at SWG level and recommend the text to the SOC (SWG Chair)")
  ConsensusConfirmation confirmConsensus(@PathVariable long id,
      @RequestBody(required = false) @Valid ConsensusRequest request, CurrentUser user) {
    return negotiation.confirmConsensus(id, new ConsensusConfirmation.Given(request == null ? null : request.note()), user);
  }
}
