package org.accord.operations;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Camunda's history cleanup as config/application.yaml says: the daily window and batch size, and
 * each process's time to live. A definition takes its configured time to live as it is parsed (a
 * new deployment, from any client); definitions deployed earlier, whose files did not change and so
 * were not deployed again, are brought to it once the engine has deployed. Camunda computes each
 * instance's removal time when the instance ends, from its definition's time to live: a change
 * applies to instances that end after it.
 */
@Component
class HistoryCleanup extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(HistoryCleanup.class);
  private static final DateTimeFormatter CAMUNDA_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final HistorySettings settings;
  /** Asked for only once the engine is built: the engine itself needs this plugin first. */
  private final ObjectProvider<RepositoryService> repository;

  HistoryCleanup(HistorySettings settings, ObjectProvider<RepositoryService> repository) {
    this.settings = settings;
    this.repository = repository;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    HistorySettings.Cleanup cleanup = settings.cleanup();
    configuration.setHistoryCleanupBatchWindowStartTime(cleanup.windowStart().format(CAMUNDA_TIME));
    configuration.setHistoryCleanupBatchWindowEndTime(cleanup.windowEnd().format(CAMUNDA_TIME));
    configuration.setHistoryCleanupBatchSize(cleanup.batchSize());
    configuration.setHistoryCleanupDegreeOfParallelism(cleanup.degreeOfParallelism());
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new ProcessTimeToLive());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda builds its DMN engine during init; the listener joins its transformer afterwards.
    DmnTransformer transformer = configuration.getDmnEngineConfiguration().getTransformer();
    List<DmnTransformListener> listeners = new ArrayList<>(transformer.getTransformListeners());
    listeners.add(new DecisionTimeToLive());
    transformer.setTransformListeners(listeners);
  }

  /**
   * Definitions deployed before, unchanged since, take the time to live configured now: once every
   * bean is made, so after the engine has deployed bpmn/ and before Accord serves anyone.
   */
  @Override
  public void afterSingletonsInstantiated() {
    RepositoryService definitions = repository.getObject();
    settings.timeToLive().keySet().forEach(key -> {
      int days = settings.daysFor(key);
      List<ProcessDefinition> processes = definitions.createProcessDefinitionQuery().processDefinitionKey(key).list();
      List<DecisionDefinition> decisions = definitions.createDecisionDefinitionQuery().decisionDefinitionKey(key).list();
      if (processes.isEmpty() && decisions.isEmpty()) {
        log.warn("accord.history.time-to-live names {}, which no deployed process or decision has as its key", key);
      }
      processes.stream().filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive()))
          .forEach(definition -> onceAcrossNodes(definition.getId(),
              () -> definitions.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days)));
      decisions.stream().filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive()))
          .forEach(definition -> onceAcrossNodes(definition.getId(),
              () -> definitions.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days)));
    });
  }

  /** Nodes starting together may update the same definition: the one that loses finds it done. */
  private static void onceAcrossNodes(String definitionId, Runnable update) {
    try {
      update.run();
    } catch (OptimisticLockingException e) {
      log.info("Another node set the time to live of {} first", definitionId);
    }
  }

  private final class ProcessTimeToLive extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
      Integer days = settings.daysFor(definition.getKey());
      if (days != null) {
        definition.setHistoryTimeToLive(days);
      }
    }
  }

  private final class DecisionTimeToLive implements DmnTransformListener {

    @Override
    public void transformDecision(Decision decision, DmnDecision transformed) {
      Integer days = settings.daysFor(transformed.getKey());
      if (days != null && transformed instanceof DecisionDefinitionEntity definition) {
        definition.setHistoryTimeToLive(days);
      }
    }

    @Override
    public void transformDecisionTableInput(Input input,
        DmnDecisionTableInputImpl transformed) {
      // only the decision itself has a time to live
    }

    @Override
    public void transformDecisionTableOutput(Output output,
        DmnDecisionTableOutputImpl transformed) {
      // only the decision itself has a time to live
    }

    @Override
    public void transformDecisionTableRule(Rule rule,
        DmnDecisionTableRuleImpl transformed) {
      // only the decision itself has a time to live
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions,
        DmnDecisionRequirementsGraph graph) {
      // only the decision itself has a time to live
    }
  }
}
