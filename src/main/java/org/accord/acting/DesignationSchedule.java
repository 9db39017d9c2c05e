package org.accord.acting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Designations take effect and lapse on the clock: every half minute, on every node (the chair's seat
 * row serialises them), those whose period began join the chair's group and those that ended leave it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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
