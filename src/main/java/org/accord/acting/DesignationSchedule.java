package org.accord.acting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Designations take effect and lapse on the clock: every half minute, on every node (the chair's seat
 * row serialises them), those whose period began join the chair's group and those that ended leave it.
 */
@Component
class DesignationSchedule {

  private final ActingChairs actingChairs;

  DesignationSchedule(ActingChairs actingChairs) {
    this.actingChairs = actingChairs;
  }

  @Scheduled(initialDelayString = "${accord.acting.check-interval:30s}", fixedDelayString = "${accord.acting.check-interval:30s}")
  void bringUpToDate() {
    actingChairs.bringUpToDate();
  }
}
