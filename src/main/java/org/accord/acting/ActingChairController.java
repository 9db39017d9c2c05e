package org.accord.acting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Acting chairs over the API: the same service as the chairs' page. Times are UTC. */
@RestController
@RequestMapping("/api/acting-chairs")
@Tag(name = "Acting chairs", description = "A chair designates a user to act for them for a period")
class ActingChairController {

  /** What a chair sends to designate: the body they chair, the user, the period and why. */
  record DesignationRequest(Role body, String user, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {}

  private final ActingChairs actingChairs;

  ActingChairController(ActingChairs actingChairs) {
    this.actingChairs = actingChairs;
  }

  @GetMapping
  @Operation(summary = "The body's designations in effect or to come, soonest first")
  List<Designation> open(@RequestParam Role body, CurrentUser user) {
    user.requireAny("refusal.acting.pageNotYours", Role.SWG_CHAIR, Role.SOC_CHAIR, Role.SECRETARIAT,
        Role.ADMINISTRATOR);
    return actingChairs.open(body);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Designate a user to act for the chair",
      description = "Only a chair in person designates, for the body they chair; one acting chair per body at a "
          + "time. Without startsAt it takes effect at once.")
  Designation designate(@RequestBody DesignationRequest request, CurrentUser user) {
    return actingChairs.designate(new Designation.Given(request.body(), request.user(), request.startsAt(),
        request.endsAt(), request.reason()), user);
  }

  @PostMapping("/{id}/end")
  @Operation(summary = "End a designation now, or withdraw one not yet begun")
  Designation end(@PathVariable long id, CurrentUser user) {
    return actingChairs.end(id, user);
  }
}
