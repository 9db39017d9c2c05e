package org.accord.silence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.system.PageOf;
import org.accord.system.Limits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Silence procedure", description = "Circulate under silence, break silence, the Chair's choice after a break")
class SilenceController {

  record StartRequest(@NotNull OffsetDateTime expiresAt, @Size(max = Limits.NOTE) String note) {}

  record BreakRequest(@NotBlank String delegation, @NotNull BreakKind kind,
      @NotBlank @Size(max = Limits.TEXT) String text) {}

  /** The choice, signed with the SOC Chair's password typed again. */
  record ChoiceRequest(@NotNull ChairChoice choice, String password) {}

  private final SilenceProcedures silence;

  SilenceController(SilenceProcedures silence) {
    this.silence = silence;
  }

  @PostMapping("/api/documents/{id}/silence-procedure")
  @Operation(summary = "Circulate the document under silence until an exact time (SOC Chair)")
  ResponseEntity<SilenceProcedure> start(@PathVariable long id, @RequestBody @Valid StartRequest request,
      CurrentUser user) {
    SilenceProcedure procedure = silence.start(id, new Circulation(request.expiresAt(), request.note()), user);
    return ResponseEntity.created(URI.create("/api/documents/" + id + "/silence-procedures")).body(procedure);
  }

  @PostMapping("/api/documents/{id}/silence-breaks")
  @Operation(summary = "Break silence before expiry with a written objection or amendment (delegate)")
  SilenceProcedure breakSilence(@PathVariable long id, @RequestBody @Valid BreakRequest request, CurrentUser user) {
    return silence.breakSilence(id, new BreakSilence(request.delegation(), request.kind(), request.text()), user);
  }

  @PostMapping("/api/documents/{id}/silence-choice")
  @Operation(summary = "After a break: back to the SWG or onto the next meeting (SOC Chair)")
  SilenceProcedure choose(@PathVariable long id, @RequestBody @Valid ChoiceRequest request, CurrentUser user) {
    return silence.choose(id, request.choice(), request.password(), user);
  }

  @GetMapping("/api/documents/{id}/silence-procedures")
  @Operation(summary = "The silence procedures a document went through")
  List<SilenceProcedure> ofDocument(@PathVariable long id) {
    return silence.ofDocument(id);
  }

  @GetMapping("/api/silence-procedures")
  @Operation(summary = "Silence procedures, latest first, by status")
  PageOf<SilenceProcedure> page(@RequestParam(required = false) SilenceStatus status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    return new PageOf<>(silence.page(status, page * size, size), page, size, silence.count(status));
  }
}
