package org.accord.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.security.CurrentUser;
import org.accord.security.Role;
import org.accord.system.InvalidInputException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per chart of the dashboard. The business figures are for the administrators and the
 * Secretariat, who prepares the meetings and reports on the forum's work; the engine's health is for the
 * administrators alone: it shows process instances and engine messages, and links Cockpit, which only
 * they may open.
 */
@RestController
@RequestMapping("/api/admin/statistics")
@Tag(name = "Statistics", description = "The figures behind the administrators' dashboard, kept as the procedure runs"
    + " (administrators and the Secretariat; the engine's health: administrators)")
@ApiResponse(responseCode = "400", description = "A year that is not four digits",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Neither an administrator nor the Secretariat (the health: not an administrator)",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class StatisticsController {

  private static final int MOST_ROUNDS_LISTED = 1000;
  private static final String YEAR = "A year, such as 2022, in the forum's time zone; every year when left out";

  private final Statistics statistics;
  private final EngineHealth health;

  StatisticsController(Statistics statistics, EngineHealth health) {
    this.statistics = statistics;
    this.health = health;
  }

  @GetMapping("/documents-by-stage")
  @Operation(summary = "Where the documents stand: each stage with its documents by type (year: of creation)")
  DocumentsByStage documentsByStage(@Parameter(description = YEAR) @RequestParam(required = false) String year,
      CurrentUser user) {
    return statistics.documentsByStage(business(user, year));
  }

  @GetMapping("/cycle-time")
  @Operation(summary = "How long the procedure takes per type, from creation to adoption: median and 90th percentile"
      + " in hours (year: of adoption)")
  CycleTimes cycleTime(@Parameter(description = YEAR) @RequestParam(required = false) String year, CurrentUser user) {
    return statistics.cycleTimes(business(user, year));
  }

  @GetMapping("/stage-time")
  @Operation(summary = "The time adopted documents spent in each stage, per type: median and 90th percentile in hours"
      + " (year: of adoption)")
  StageTimes stageTime(@Parameter(description = YEAR) @RequestParam(required = false) String year, CurrentUser user) {
    return statistics.stageTimes(business(user, year));
  }

  @GetMapping("/rounds-per-document")
  @Operation(summary = "How many negotiation rounds the adopted documents took, by type (year: of adoption)")
  RoundsPerDocument roundsPerDocument(@Parameter(description = YEAR) @RequestParam(required = false) String year,
      CurrentUser user) {
    return statistics.roundsPerDocument(business(user, year));
  }

  @GetMapping("/open-rounds")
  @Operation(summary = "The rounds open now, soonest deadline first (the first limit of them), with the member states that"
      + " have not answered; and, over every open round, how many wait for each member state")
  OpenRounds openRounds(@Parameter(description = "How many rounds to list, 1 to " + MOST_ROUNDS_LISTED
      + "; the counts cover every open round") @RequestParam(defaultValue = "" + Statistics.ROUNDS_LISTED) int limit,
      CurrentUser user) {
    business(user, null);
    if (limit < 1 || limit > MOST_ROUNDS_LISTED) {
      throw new InvalidInputException("refusal.statistics.limit", MOST_ROUNDS_LISTED);
    }
    return statistics.openRounds(limit);
  }

  @GetMapping("/response-time")
  @Operation(summary = "How quickly each member state answers: the median hours from a round's opening to its first"
      + " position, the quickest first (year: of the round's opening)")
  ResponseTimes responseTime(@Parameter(description = YEAR) @RequestParam(required = false) String year,
      CurrentUser user) {
    return statistics.responseTimes(business(user, year));
  }

  @GetMapping("/decisions")
  @Operation(summary = "The SOC's decisions by outcome: per month of the year asked for, else per year")
  DecisionsByOutcome decisions(@Parameter(description = YEAR) @RequestParam(required = false) String year,
      CurrentUser user) {
    return statistics.decisions(business(user, year));
  }

  @GetMapping("/silence-procedures")
  @Operation(summary = "The silence procedures, adopted against broken, running and withdrawn (year: of the start)")
  SilenceOutcomes silenceProcedures(@Parameter(description = YEAR) @RequestParam(required = false) String year,
      CurrentUser user) {
    return statistics.silenceOutcomes(business(user, year));
  }

  @GetMapping("/throughput")
  @Operation(summary = "Documents created and adopted per month: of the year asked for, else every month")
  Throughput throughput(@Parameter(description = YEAR) @RequestParam(required = false) String year, CurrentUser user) {
    return statistics.throughput(business(user, year));
  }

  @GetMapping("/health")
  @Operation(summary = "Incidents and failing jobs, each with its document and its process instance in Cockpit; the job"
      + " backlog; the mail outbox (administrators)")
  HealthReport health(CurrentUser user) {
    user.require(Role.ADMINISTRATOR);
    return health.report();
  }

  /** Who reads the business figures; then the year asked for. */
  private static Integer business(CurrentUser user, String year) {
    user.requireAny("refusal.statistics.who", Role.ADMINISTRATOR, Role.SECRETARIAT);
    return YearParameter.parse(year);
  }
}
