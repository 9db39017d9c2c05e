package org.accord.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.DocumentStatus;
import org.accord.silence.SilenceStatus;
import org.accord.system.Labels;
import org.accord.system.web.FilterInput;

/**
 * What the dashboard shows one reader: the charts in their language, the open rounds and (for an
 * administrator) the engine's health; the figures behind the charts for the sentences that sum them up.
 *
 * @param typedYear the year as it was typed, kept in the filter's field
 * @param health null for a reader who is not an administrator
 */
record DashboardPage(Integer year, String typedYear, List<FilterInput.Note> notes, OffsetDateTime asOf,
    DocumentsByStage documents, Chart stages, Chart cycles, Chart stays, Chart rounds, OpenRounds open, Chart waiting,
    Chart responses, DecisionsByOutcome decided, Chart decisions, SilenceOutcomes silenceFigures, Chart silence,
    Chart throughput, HealthReport health) {

  /** The open rounds the page lists (the figures ask for no more); the rounds board lists them all. */
  static final int ROUNDS_LISTED = 10;

  public List<OpenRounds.Round> roundsListed() {
    return open.rounds().stream().limit(ROUNDS_LISTED).toList();
  }

  /** How many documents are still on their way: neither adopted nor withdrawn. */
  public long underWay() {
    return documents.stages().stream().filter(stage -> !stage.stage().isFinal())
        .mapToLong(DocumentsByStage.Stage::total).sum();
  }

  public long adopted() {
    return documents.stages().stream().filter(stage -> stage.stage() == DocumentStatus.ADOPTED)
        .mapToLong(DocumentsByStage.Stage::total).sum();
  }

  public long adoptedBySilence() {
    return silenceFigures.byStatus().get(SilenceStatus.ADOPTED);
  }

  public long brokenSilence() {
    return silenceFigures.byStatus().get(SilenceStatus.BROKEN);
  }

  public String label(OpenRounds.Round round) {
    return Labels.document(round.symbol(), round.title());
  }

  public String label(HealthReport.FailedDocument document) {
    return Labels.document(document.symbol(), document.title());
  }
}
