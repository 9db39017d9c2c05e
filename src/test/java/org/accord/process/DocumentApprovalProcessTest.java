package org.accord.process;

import static org.accord.process.ProcessFakes.givePositions;
import static org.accord.process.ProcessFakes.historicVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** document-approval end to end, with the real negotiation-round as its called round. */
@Deployment(resources = {ProcessFakes.DOCUMENT_APPROVAL, ProcessFakes.NEGOTIATION_ROUND})
class DocumentApprovalProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  ProcessFakes fakes;

  @BeforeEach
  void installFakes() {
    fakes = ProcessFakes.install(engine.getProcessEngine());
  }

  @AfterEach
  void uninstallFakes() {
    ProcessFakes.uninstall();
  }

  @Test
  void shouldAdoptDocumentWhenFirstRoundReachesConsensusAndSocApproves() {
    // given: a new document; the coordinator's delegation drafts it, the Secretariat registers it
    ProcessInstance document = startDocument();
    assertThat(document).isWaitingAt("Task_UploadDraft");
    assertThat(task(document)).hasCandidateGroup("delegation-tr");
    complete(task(document), withVariables("draftText", "Concept paper on tourism"));
    assertThat(document).isWaitingAt("Task_RegisterDocument");
    assertThat(task(document)).hasCandidateGroup("secretariat");
    complete(task(document), withVariables("symbol", "CICA/SWG/2022/CP-1"));

    // when: no delegation objects in round 1
    ProcessInstance round = currentRound(document);
    givePositions(round, Map.of());

    // then: the SWG Chair confirms, the SOC Chair records the approval, the version is frozen
    assertThat(document).isWaitingAt("Task_ConfirmConsensus");
    assertThat(task(document)).hasCandidateGroup("swg-chair");
    complete(task(document), withVariables("consensusNote", "Consensus at the SWG"));
    assertThat(document).isWaitingAt("Task_DecideAtSoc");
    assertThat(task(document)).hasCandidateGroup("soc-chair");
    complete(task(document), withVariables("decisionOutcome", "APPROVED"));

    assertThat(document).isEnded().hasPassedInOrder("Task_UploadDraft", "Task_RegisterDocument",
        "CallActivity_NegotiationRound", "Task_ConfirmConsensus", "Task_DecideAtSoc",
        "ServiceTask_FreezeAdoptedVersion", "EndEvent_DocumentAdopted");
    assertThat(document).hasNotPassed("Task_ReviseDocument");
    assertThat(fakes.calls).containsExactly("recordDraft", "registerDocument",
        "openRound", "recordPosition", "recordPosition", "recordPosition", "closeRound",
        "confirmConsensus", "recordSocDecision", "freezeAdoptedVersion");
    assertThat(historicVariable(document, "socDecision")).isEqualTo("APPROVED");
  }

  @Test
  void shouldPassBusinessKeyAndDocumentToTheCalledRound() {
    // given: a registered document
    ProcessInstance document = startDocument();
    draftAndRegister(document);

    // when: its first round opens
    ProcessInstance round = currentRound(document);

    // then: the round carries the document's business key and id, and the fake's round facts
    assertThat(round).hasBusinessKey("42");
    assertThat(round).variables()
        .containsEntry("documentId", 42L)
        .containsEntry("roundId", 1L)
        .containsEntry("roundNumber", 1)
        .doesNotContainKey("coordinatorGroup");
  }

  @Test
  void shouldReviseAndAdoptWhenFirstRoundBringsAmendments() {
    // given: a registered document
    ProcessInstance document = startDocument();
    draftAndRegister(document);

    // when: Kazakhstan proposes an amendment in round 1, and round 2 on the revision is clean
    givePositions(currentRound(document), Map.of("delegation-kz", "AMENDMENT"));
    assertThat(document).isWaitingAt("Task_ReviseDocument");
    assertThat(task(document)).hasCandidateGroup("delegation-tr");
    complete(task(document), withVariables("revisedText", "Revised concept paper"));
    ProcessInstance secondRound = currentRound(document);
    assertThat(secondRound).variables().containsEntry("roundNumber", 2);
    givePositions(secondRound, Map.of());
    confirmAndDecide(document, "APPROVED");

    // then: two rounds, one revision, one adoption
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentAdopted");
    assertThat(fakes.roundOutcomes).containsExactly("REVISION_REQUIRED", "CONSENSUS");
    assertThat(fakes.count("recordRevision")).isEqualTo(1);
    assertThat(fakes.count("freezeAdoptedVersion")).isEqualTo(1);
  }

  @Test
  void shouldAdoptWhenObjectionIsLiftedAfterRevision() {
    // given: a registered document
    ProcessInstance document = startDocument();
    draftAndRegister(document);

    // when: China objects in round 1, the coordinator revises, and China has no objection in round 2
    givePositions(currentRound(document), Map.of("delegation-cn", "OBJECTION"));
    assertThat(document).isWaitingAt("Task_ReviseDocument");
    complete(task(document), withVariables("revisedText", "Text answering the objection"));
    givePositions(currentRound(document), Map.of("delegation-cn", "NO_OBJECTION"));
    confirmAndDecide(document, "APPROVED");

    // then: adopted, and the record shows the objection in round 1 only
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentAdopted");
    assertThat(fakes.positions)
        .filteredOn(position -> position.delegationGroup().equals("delegation-cn"))
        .extracting(ProcessFakes.Position::roundId, ProcessFakes.Position::kind)
        .containsExactly(tuple(1L, "OBJECTION"), tuple(2L, "NO_OBJECTION"));
    assertThat(fakes.roundOutcomes).containsExactly("REVISION_REQUIRED", "CONSENSUS");
  }

  @Test
  void shouldReopenNegotiationWhenSocReturnsDocumentToSwg() {
    // given: a document recommended to the SOC after a clean first round
    ProcessInstance document = startDocument();
    draftAndRegister(document);
    givePositions(currentRound(document), Map.of());

    // when: the SOC returns it to the SWG
    confirmAndDecide(document, "RETURNED_TO_SWG");

    // then: the coordinator revises, a new round reaches consensus and the SOC approves
    assertThat(document).isWaitingAt("Task_ReviseDocument");
    assertThat(fakes.count("freezeAdoptedVersion")).isZero();
    complete(task(document), withVariables("revisedText", "Text as the SOC asked"));
    givePositions(currentRound(document), Map.of());
    confirmAndDecide(document, "APPROVED");

    assertThat(document).isEnded().hasPassed("EndEvent_DocumentAdopted");
    assertThat(fakes.socDecisions).containsExactly("RETURNED_TO_SWG", "APPROVED");
    assertThat(fakes.count("openRound")).isEqualTo(2);
    assertThat(fakes.count("freezeAdoptedVersion")).isEqualTo(1);
  }

  @Test
  void shouldKeepSocTaskWhenDecisionIsMissing() {
    // given: a document before the SOC
    ProcessInstance document = startDocument();
    draftAndRegister(document);
    givePositions(currentRound(document), Map.of());
    complete(task(document), withVariables("consensusNote", ""));
    String taskId = task(document).getId();

    // when: the decision comes without an outcome, and the listener rejects it
    assertThatThrownBy(() -> complete(task(document), withVariables("decisionNote", "")))
        .hasMessageContaining("is not an SOC decision");

    // then: the completion rolled back; the same task still waits for the SOC Chair, no route was set
    assertThat(document).isWaitingAt("Task_DecideAtSoc");
    assertThat(task(document).getId()).isEqualTo(taskId);
    assertThat(historicVariable(document, "socDecision")).isNull();
    assertThat(fakes.socDecisions).isEmpty();
  }

  // ---- steps shared by the paths ----

  private static ProcessInstance startDocument() {
    return runtimeService().startProcessInstanceByKey("document-approval", "42",
        withVariables("documentId", 42L, "coordinatorGroup", "delegation-tr"));
  }

  private static void draftAndRegister(ProcessInstance document) {
    complete(task(document), withVariables("draftText", "Draft"));
    complete(task(document), withVariables("symbol", "CICA/SWG/2022/CP-1"));
  }

  /** The round instance the call activity is waiting on. */
  private static ProcessInstance currentRound(ProcessInstance document) {
    assertThat(document).isWaitingAt("CallActivity_NegotiationRound");
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(document.getId()).singleResult();
  }

  private static void confirmAndDecide(ProcessInstance document, String decisionOutcome) {
    assertThat(document).isWaitingAt("Task_ConfirmConsensus");
    complete(task(document), withVariables("consensusNote", ""));
    assertThat(document).isWaitingAt("Task_DecideAtSoc");
    complete(task(document), withVariables("decisionOutcome", decisionOutcome, "decisionNote", ""));
  }
}
