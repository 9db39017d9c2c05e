package org.accord.it;

import org.accord.document.Documents;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The SOC meeting of December 2022 replayed on one node, its timers fired by the test ({@link SeedMeetingReplay}). */
@AccordIntegrationTest
class SeedMeetingReplayIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Documents documents;
  @Autowired HistoryService historyService;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void shouldReplayTheSeedMeetingFromFirstDraftsToTheDecisionRegister() throws Exception {
    new SeedMeetingReplay(rest, new EngineClock(runtimeService, managementService, documents), runtimeService,
        documents, historyService).replay();
  }
}
