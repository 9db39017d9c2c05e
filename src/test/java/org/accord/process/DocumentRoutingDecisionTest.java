package org.accord.process;

import static org.accord.process.ProcessFakes.DOCUMENT_ROUTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing table documentRouting, rule by rule, as document-approval's business rule task
 * evaluates it. No process runs here, so the plain engine extension serves (no coverage to assert).
 */
@Deployment(resources = DOCUMENT_ROUTING)
class DocumentRoutingDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-process-test.cfg.xml").build();

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource({
      "CONCEPT_PAPER,      Rule_ConceptPaper,     P14D, 3, true,  P3D, NO_OBJECTION",
      "ACTION_PLAN,        Rule_ActionPlan,       P21D, 3, false, P5D, EXTEND_ONCE",
      "CALENDAR_OF_EVENTS, Rule_CalendarOfEvents, P10D, 2, true,  P2D, NO_OBJECTION",
      "BUDGET,             Rule_Budget,           P21D, 2, false, P5D, EXTEND_ONCE",
      "STAFF_MATRIX,       Rule_StaffMatrix,      P21D, 2, false, P5D, EXTEND_ONCE"})
  void shouldRouteEachDocumentTypeByItsOwnRule(String documentType, String ruleId, String roundDeadline,
      int roundsBeforeChairDecides, boolean silenceProcedureAllowed, String reminderLead, String silenceRule) {
    // given: the deployed routing table
    // when: it is evaluated for the document type
    DmnDecisionTableResult result = evaluate(documentType);

    // then: exactly one rule matched, the type's own, with every output typed as the process reads it
    DmnDecisionRuleResult routing = result.getSingleResult();
    assertThat(routing.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "roundDeadline", roundDeadline,
        "roundsBeforeChairDecides", roundsBeforeChairDecides,
        "silenceProcedureAllowed", silenceProcedureAllowed,
        "reminderLead", reminderLead,
        "silenceRule", silenceRule));
    assertThat(engine.getProcessEngine().getHistoryService().createHistoricDecisionInstanceQuery().includeOutputs().list())
        .singleElement()
        .satisfies(evaluation -> assertThat(evaluation.getOutputs())
            .extracting(HistoricDecisionOutputInstance::getRuleId).containsOnly(ruleId));
  }

  @Test
  void shouldGiveNoRoutingToUnknownDocumentType() {
    // given: the deployed routing table
    // when: it is evaluated for a type it does not list
    DmnDecisionTableResult result = evaluate("PRESS_RELEASE");

    // then: no rule matches
    assertThat(result.getResultList()).isEmpty();
  }

  private static DmnDecisionTableResult evaluate(String documentType) {
    return engine.getProcessEngine().getDecisionService()
        .evaluateDecisionTableByKey("documentRouting", Variables.putValue("documentType", documentType));
  }
}
