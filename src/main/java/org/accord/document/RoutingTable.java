package org.accord.document;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The routing table (bpmn/document-routing.dmn), read for one document type: the latest deployed
 * version of the table, so that an edited table applies to the documents registered after it.
 * The process tests read the same table through this class.
 */
@Component
public class RoutingTable {

  public static final String DECISION_KEY = "documentRouting";

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;

  public RoutingTable(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** The routing of the type, and the id of the table's version that gave it. */
  public record Determined(Routing routing, String decisionDefinitionId) {}

  public Determined of(DocumentType type) {
    DecisionDefinition table = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    if (table == null) {
      throw new IllegalStateException("The routing table " + DECISION_KEY + " is not deployed");
    }
    DmnDecisionResultEntries row = decisionService.evaluateDecisionById(table.getId())
        .variables(Variables.putValue("documentType", type.name()))
        .evaluate()
        .getSingleResult();
    if (row == null) {
      throw new IllegalStateException("The routing table has no row for " + type);
    }
    Map<String, Object> entries = row.getEntryMap();
    return new Determined(new Routing(
        duration(entries, "roundDeadline"),
        ((Number) required(entries, "roundsBeforeChairDecides")).intValue(),
        (Boolean) required(entries, "silenceProcedureAllowed"),
        duration(entries, "reminderLead"),
        SilenceRule.valueOf(required(entries, "silenceRule").toString())), table.getId());
  }

  private static Duration duration(Map<String, Object> entries, String name) {
    Object value = required(entries, name);
    try {
      return Duration.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("The routing table gives " + name + " = '" + value + "', not an ISO 8601 duration", e);
    }
  }

  private static Object required(Map<String, Object> entries, String name) {
    Object value = entries.get(name);
    if (value == null) {
      throw new IllegalStateException("The routing table gives no " + name);
    }
    return value;
  }
}
