package org.accord.demo;

import java.util.Optional;
import org.accord.document.Documents;
import org.accord.system.AccordClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on first start (accord.demo, on by default on the embedded H2, off on PostgreSQL):
 * the meeting of December 2022 with its six documents at their realistic starting points, work
 * under way beside it, and a step waiting on each chair's and the Secretariat's desk, so that a
 * newcomer signs in to a living forum. Loaded once: a forum
 * that has any document is left alone.
 */
@Component
@Order(1) // after the forum seeder: the demo acts as the users it seeds
@ConditionalOnProperty(name = "accord.demo", havingValue = "true")
class DemoForum implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoForum.class);

  private final Documents documents;
  private final Casting casting;
  private final SeedMeeting seedMeeting;
  private final WorkInProgress workInProgress;
  private final EarlierMeeting earlierMeeting;
  private final ChairsWork chairsWork;
  private final AccordClock clock;

  DemoForum(Documents documents, Casting casting, SeedMeeting seedMeeting, WorkInProgress workInProgress,
      EarlierMeeting earlierMeeting, ChairsWork chairsWork, AccordClock clock) {
    this.documents = documents;
    this.casting = casting;
    this.seedMeeting = seedMeeting;
    this.workInProgress = workInProgress;
    this.earlierMeeting = earlierMeeting;
    this.chairsWork = chairsWork;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (documents.count(null, null) > 0) {
      log.info("Demo data not loaded: the forum has documents already.");
      return;
    }
    Optional<Cast> cast = casting.assemble();
    if (cast.isEmpty()) {
      log.warn("Demo data not loaded: the forum has no demo users (Secretariat, chairs, a delegate per member state).");
      return;
    }
    long started = System.nanoTime();
    try {
      DemoDates dates = DemoDates.from(clock.now());
      long meeting = seedMeeting.play(cast.get(), dates);
      workInProgress.play(cast.get(), dates);
      earlierMeeting.play(cast.get(), dates);
      chairsWork.play(cast.get(), dates);
      log.info("Demo data loaded in {} ms: {} documents; SOC meeting {} convened for {} with five agenda items"
              + " (an earlier meeting adopted one document).",
          (System.nanoTime() - started) / 1_000_000, documents.count(null, null), meeting, dates.meetingStartsAt());
    } catch (RuntimeException e) {
      // The forum itself is seeded and works; only the demo is incomplete. Accord starts anyway.
      log.error("Demo data loaded only in part; on the embedded default, delete ./data and start again to load it whole.", e);
    }
  }
}
