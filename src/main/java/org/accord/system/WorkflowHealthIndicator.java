package org.accord.system;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Up when the engine answers a query against its own tables and Accord's processes are deployed;
 * Camunda's own indicator only says the engine object exists.
 */
@Component("workflow")
class WorkflowHealthIndicator extends AbstractHealthIndicator {

  private static final String[] PROCESSES = {"document-approval", "negotiation-round", "soc-meeting", "silence-procedure"};

  private final RepositoryService repositoryService;

  WorkflowHealthIndicator(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    long deployed = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKeysIn(PROCESSES).latestVersion().count();
    (deployed == PROCESSES.length ? health.up() : health.down())
        .withDetail("processesDeployed", deployed)
        .withDetail("processesExpected", PROCESSES.length);
  }
}
