package org.accord.statistics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.DocumentStatusChanged;
import org.accord.forum.Forum;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionGiven;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures as the procedure runs. The listeners are synchronous: each fact is counted in the
 * transaction of the step that makes it, so the dashboard says what the document pages say, and a step
 * that rolls back takes its count with it. Asynchronous listeners without a publication registry (none
 * is on the class path) would lose a count for good whenever a node stopped between the commit and the
 * listener; and the cost here is a few writes on rows keyed by the document.
 */
@Component
class Tally {

  private final StatisticsRepository figures;
  private final Negotiation negotiation;
  private final Forum forum;

  Tally(StatisticsRepository figures, Negotiation negotiation, Forum forum) {
    this.figures = figures;
    this.negotiation = negotiation;
    this.forum = forum;
  }

  /** A document created, or moved to another stage: its stay in the stage it leaves is added up. */
  @EventListener
  void on(DocumentStatusChanged changed) {
    Document document = changed.document();
    var standing = figures.standing(document.id());
    if (standing.isEmpty()) {
      // Only a document created now has all its stages ahead of it.
      figures.follow(document.id(), document.type(), document.status(), changed.at(), document.createdAt(),
          changed.previous() == null);
      return;
    }
    StatisticsRepository.Standing before = standing.get();
    if (before.status() == document.status()) {
      return;
    }
    figures.addStageTime(document.id(), before.status(), Math.max(seconds(before.since(), changed.at()), 0));
    figures.move(document.id(), document.status(), changed.at());
    if (document.status() == DocumentStatus.ADOPTED) {
      adopted(document, before, changed.at());
    }
  }

  /**
   * A delegation's first position in its own words: the time it took since the round opened. A position
   * taken from silence at the deadline is no answer and is not timed.
   */
  @EventListener
  void on(PositionGiven given) {
    if (given.bySilence()) {
      return;
    }
    figures.count(Measure.RESPONSE, given.delegationCode(), "", yearOf(given.roundOpenedAt()),
        hours(given.roundOpenedAt(), given.givenAt()));
  }

  /** The cycle from creation to adoption, the rounds it took, and (when all were seen) its time in each stage. */
  private void adopted(Document document, StatisticsRepository.Standing standing, OffsetDateTime at) {
    figures.adopted(document.id(), at, negotiation.rounds(document.id()).size());
    int year = yearOf(at);
    String type = document.type().name();
    figures.count(Measure.CYCLE, type, "", year, hours(standing.createdAt(), at));
    if (standing.stagesComplete()) {
      // In the order of the stages' names, as every adoption writes its bars (the histogram's key order).
      for (Map.Entry<DocumentStatus, Long> stage : figures.stageTimes(document.id()).entrySet()) {
        figures.count(Measure.STAGE, type, stage.getKey().name(), year, stage.getValue() / 3600);
      }
    }
  }

  private int yearOf(OffsetDateTime moment) {
    return moment.atZoneSameInstant(forum.timeZone()).getYear();
  }

  private static long hours(OffsetDateTime from, OffsetDateTime to) {
    return Math.max(seconds(from, to), 0) / 3600;
  }

  private static long seconds(OffsetDateTime from, OffsetDateTime to) {
    return Duration.between(from, to).getSeconds();
  }
}
