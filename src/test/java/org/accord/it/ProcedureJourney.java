package org.accord.it;

import org.accord.document.Documents;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Where an integration test of the procedure starts: Accord's API as the demo users call it, their
 * steps, and the engine clock the test moves (set back after each test).
 */
abstract class ProcedureJourney {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Documents documents;

  Api api;
  Procedure procedure;
  EngineClock clock;

  @BeforeEach
  void startTheJourney() {
    api = new Api(rest);
    procedure = new Procedure(api);
    clock = new EngineClock(runtimeService, managementService, documents);
  }

  @AfterEach
  void resetTheEngineClock() {
    EngineClock.reset();
  }
}
