package org.accord.negotiation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import org.accord.security.CurrentUser;
import org.accord.system.Limits;
import org.springframework.http.ProblemDetail;
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

  record ExtensionRequest(
      @NotNull @Schema(description = "The new deadline, later than the current one and in the future (ISO 8601 with offset)",
          example = "2022-12-20T13:00:00+05:00") OffsetDateTime deadline,
      @NotBlank @Size(max = Limits.NOTE) @Schema(description = "Why the deadline moves: on the record and in the mail to the delegations")
      String reason) {}

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

  @PostMapping("/rounds/{number}/extension")
  @Operation(summary = "Extend the deadline of the open round, with a reason; every delegation of the round is mailed (SWG Chair)")
  @ApiResponse(responseCode = "201", description = "The extension, on the record")
  @ApiResponse(responseCode = "400", description = "No deadline or reason, or a deadline not later than the current one or not in the future",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "403", description = "Not the SWG Chair",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The round is closed, or is not the document's latest round",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<RoundExtension> extendDeadline(@PathVariable long id, @PathVariable int number,
      @RequestBody @Valid ExtensionRequest request, CurrentUser user) {
    RoundExtension extension = negotiation.extendDeadline(id, number, request.deadline(), request.reason(), user);
    return ResponseEntity.created(URI.create("/api/documents/" + id)).body(extension);
  }

  @PostMapping("/consensus")
  @Operation(summary = "Confirm consensus at SWG level and recommend the text to the SOC (SWG Chair)")
  ConsensusConfirmation confirmConsensus(@PathVariable long id,
      @RequestBody(required = false) @Valid ConsensusRequest request, CurrentUser user) {
    return negotiation.confirmConsensus(id, new ConsensusConfirmation.Given(request == null ? null : request.note()), user);
  }
}
