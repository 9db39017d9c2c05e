package org.accord.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * History cleanup on an engine of its own (H2 in memory) with Accord's BPMN and DMN files: the time
 * to live configured per key lands on the deployed definitions, whatever the files say, and so do the
 * window and the batch size.
 */
class HistoryCleanupTest {

  private static final HistorySettings SETTINGS = new HistorySettings(
      Map.of("negotiation-round", Duration.ofDays(730), "documentRouting", Duration.ofDays(90)),
      new HistorySettings.Cleanup(LocalTime.of(23, 30), LocalTime.of(4, 15), 250, 2));

  private ProcessEngine engine;
  private RepositoryService repository;
  private HistoryCleanup cleanup;

  @BeforeEach
  void givenAnEngineWithThePlugin() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    cleanup = new HistoryCleanup(SETTINGS, beans.getBeanProvider(RepositoryService.class));
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("history-cleanup-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setProcessEnginePlugins(List.of(cleanup));
    engine = configuration.buildProcessEngine();
    repository = engine.getRepositoryService();
    beans.addBean("repositoryService", repository);
  }

  @AfterEach
  void closeTheEngine() {
    engine.close();
  }

  @Test
  void shouldGiveEachDeployedDefinitionItsConfiguredTimeToLiveAndLeaveTheOthersTheirFilesOne() {
    // when Accord's processes and routing table are deployed (the files say 3650 days each)
    deployAccordsFiles();

    // then the keys configured take their time to live, the others keep the file's
    assertThat(latest("negotiation-round").getHistoryTimeToLive()).isEqualTo(730);
    assertThat(latest("document-approval").getHistoryTimeToLive()).isEqualTo(3650);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("documentRouting").singleResult()
        .getHistoryTimeToLive()).isEqualTo(90);
  }

  @Test
  void shouldBringDefinitionsDeployedEarlierToTheConfiguredTimeToLive() {
    // given definitions deployed under another setting (or before the setting existed)
    deployAccordsFiles();
    repository.updateProcessDefinitionHistoryTimeToLive(latest("negotiation-round").getId(), 3650);
    String routing = repository.createDecisionDefinitionQuery().decisionDefinitionKey("documentRouting")
        .singleResult().getId();
    repository.updateDecisionDefinitionHistoryTimeToLive(routing, 3650);

    // when Accord starts again with the files unchanged, so nothing is deployed anew
    cleanup.afterSingletonsInstantiated();

    // then
    assertThat(latest("negotiation-round").getHistoryTimeToLive()).isEqualTo(730);
    assertThat(repository.getDecisionDefinition(routing).getHistoryTimeToLive()).isEqualTo(90);
    assertThat(latest("document-approval").getHistoryTimeToLive()).isEqualTo(3650);
  }

  @Test
  void shouldConfigureTheCleanupWindowAndBatchSize() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:30");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:15");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(250);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(2);
  }

  @Test
  void shouldRefuseATimeToLiveThatIsNotWholeDaysAndABatchCamundaWouldRefuse() {
    assertThatThrownBy(() -> new HistorySettings(Map.of("soc-meeting", Duration.ofHours(36)), null))
        .hasMessage("accord.history.time-to-live.soc-meeting must be whole days, such as 3650d; not PT36H");
    assertThatThrownBy(() -> new HistorySettings.Cleanup(LocalTime.NOON, LocalTime.MIDNIGHT, 501, 1))
        .hasMessage("accord.history.cleanup.batch-size must be 1 to 500, not 501");
  }

  private void deployAccordsFiles() {
    repository.createDeployment().name("accord")
        .addClasspathResource("bpmn/document-approval.bpmn")
        .addClasspathResource("bpmn/negotiation-round.bpmn")
        .addClasspathResource("bpmn/document-routing.dmn")
        .deploy();
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
