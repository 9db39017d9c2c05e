package org.accord.process;

import static org.accord.process.ProcessFakes.DOCUMENT_APPROVAL;
import static org.accord.process.ProcessFakes.DOCUMENT_ROUTING;
import static org.accord.process.ProcessFakes.NEGOTIATION_ROUND;
import static org.accord.process.ProcessFakes.SILENCE_PROCEDURE;
import static org.accord.process.ProcessFakes.START;
import static org.accord.process.ProcessSteps.answerOpenPositions;
import static org.accord.process.ProcessSteps.breakSilenceAndChoose;
import static org.accord.process.ProcessSteps.calledInstance;
import static org.accord.process.ProcessSteps.circulateUnderSilence;
import static org.accord.process.ProcessSteps.completeUserTask;
import static org.accord.process.ProcessSteps.endState;
import static org.accord.process.ProcessSteps.fireTimersDueBy;
import static org.accord.process.ProcessSteps.givePosition;
import static org.accord.process.ProcessSteps.assertRefusedWithForeignVariable;
import static org.accord.process.ProcessSteps.justBefore;
import static org.accord.process.ProcessSteps.passDeadlineWithSilentDelegations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.document.Routing;
import org.accord.document.SilenceRule;
import org.accord.document.Withdrawal;
import org.accord.negotiation.ChairRuling;
import org.accord.system.InMemoryValues;
import org.accord.system.InvalidInputException;
import org.accord.system.RefusedInput;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * document-approval end to end, with the real routing table and the real called processes
 * (negotiation-round, silence-procedure) driven through their own tasks, messages and timers.
 * The document types pick the routing: a concept paper or a calendar may go under silence, a budget
 * or an action plan goes to a meeting; budgets get two rounds before the SWG Chair rules.
 */
@Deployment(resources = {DOCUMENT_APPROVAL, DOCUMENT_ROUTING, NEGOTIATION_ROUND, SILENCE_PROCEDURE})
class DocumentApprovalProcessTest {

  private static final String BUSINESS_KEY = String.valueOf(ProcessFakes.DOCUMENT);
  /** The key once the Secretariat registered the document: its symbol (Cockpit finds it by the symbol). */
  private static final String SYMBOL = "CICA/SWG/2025/CP-1";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessFakes.coverageExtension();

  @RegisterExtension
  final ProcessFakes fakes = new ProcessFakes(engine);

  @Test
  void shouldAdoptAtMeetingWhenSocChairChoosesMeeting() {
    // given: a concept paper, which the table lets go under silence, recommended after a clean round 1
    ProcessInstance document = recommendedDocument("CONCEPT_PAPER");
    assertRouting(document, "P14D", 3, true, "P3D", "NO_OBJECTION");

    // when: the SOC Chair chooses a meeting, and the meeting approves
    chooseSocRoute(document, "MEETING");
    meetingDecides(document, "APPROVED");

    // then: the adopted version is frozen
    assertThat(document).isEnded().hasPassedInOrder("Task_UploadDraft", "ServiceTask_CheckDraft",
        "Task_RegisterDocument", "BusinessRuleTask_DetermineRouting", "CallActivity_NegotiationRound",
        "Task_ConfirmConsensus", "Task_ChooseSocRoute", "CatchEvent_SocMeetingDecided",
        "ServiceTask_FreezeAdoptedVersion", "EndEvent_DocumentAdopted");
    assertThat(document).hasNotPassed("Task_ReviseDocument", "CallActivity_SilenceProcedure");
    assertThat(fakes.calls).containsExactly("recordDraft", "checkSubmission", "registerDocument", "determineRouting", "openRound",
        "recordPosition", "recordPosition", "recordPosition", "closeRound", "confirmConsensus", "chooseSocRoute",
        "freezeAdoptedVersion");
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "RECOMMENDED",
        "AWAITING_SOC_MEETING", "ADOPTED");
  }

  @Test
  void shouldGoStraightToMeetingWhenSilenceProcedureIsNotAllowed() {
    // given: a registered budget, which the table keeps from silence procedure
    ProcessInstance document = registeredDocument("BUDGET");
    assertRouting(document, "P21D", 2, false, "P5D", "EXTEND_ONCE");

    // when: round 1 brings no objection and the SWG Chair confirms
    answerOpenPositions(round(document), Map.of());
    confirmConsensus(document);

    // then: no route to choose: the budget waits for a meeting's decision, and is adopted when approved
    assertThat(document).isWaitingAt("CatchEvent_SocMeetingDecided").hasNotPassed("Task_ChooseSocRoute");
    assertThat(taskQuery().processInstanceId(document.getId()).count()).isZero();
    meetingDecides(document, "APPROVED");
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentAdopted");
    assertThat(fakes.calls).doesNotContain("chooseSocRoute");
  }

  @Test
  void shouldOpenNextRoundOnRevisionWhenRoundBringsAmendments() {
    // given: a concept paper in round 1
    ProcessInstance document = registeredDocument("CONCEPT_PAPER");
    ProcessInstance firstRound = round(document);

    // when: Kazakhstan proposes an amendment
    answerOpenPositions(firstRound, Map.of("delegation-kz", "AMENDMENT"));

    // then: the coordinator revises; the checked revision goes to round 2, which reaches consensus
    revise(document);
    ProcessInstance secondRound = round(document);
    assertThat(secondRound.getId()).isNotEqualTo(firstRound.getId());
    assertThat(fakes.round(secondRound.getId()).number).isEqualTo(2);
    answerOpenPositions(secondRound, Map.of());
    assertThat(document).isWaitingAt("Task_ConfirmConsensus").hasPassedInOrder("CallActivity_NegotiationRound",
        "Task_ReviseDocument", "ServiceTask_CheckRevision", "CallActivity_NegotiationRound");
    assertThat(fakes.roundOutcomes).containsExactly("REVISION_REQUIRED", "CONSENSUS");
    assertThat(fakes.count("checkSubmission")).isEqualTo(2);
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "IN_REVISION", "IN_NEGOTIATION",
        "AWAITING_CONSENSUS");
  }

  @Test
  void shouldReviseForOneMoreRoundWhenRoundLimitIsReachedAndSwgChairRulesSo() {
    // given: a budget whose round 1 brought China's objection, and round 2 on the revision
    ProcessInstance document = registeredDocument("BUDGET");
    answerOpenPositions(round(document), Map.of("delegation-cn", "OBJECTION"));
    revise(document);
    ProcessInstance secondRound = round(document);

    // when: China objects again and the others stay silent past the deadline and its one extension
    givePosition(secondRound, "delegation-cn", "OBJECTION");
    passDeadlineWithSilentDelegations(secondRound);
    passDeadlineWithSilentDelegations(secondRound);

    // then: two rounds are spent, so the SWG Chair rules; one more round sends the text to revision
    assertThat(endState(secondRound)).isEqualTo("COMPLETED");
    assertThat(fakes.calls).containsSubsequence("extendDeadline", "recordSilence", "closeRound");
    completeUserTask(document, "Task_DecideOnFurtherRounds", "swg-chair",
        withVariables("furtherRounds", "ONE_MORE_ROUND", "rulingNote", "One last try"));
    revise(document);
    assertThat(fakes.round(round(document).getId()).number).isEqualTo(3);
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "IN_REVISION", "IN_NEGOTIATION",
        "AWAITING_SWG_CHAIR", "IN_REVISION", "IN_NEGOTIATION");
    assertThat(document).hasPassedInOrder("Task_DecideOnFurtherRounds", "Task_ReviseDocument")
        .hasNotPassed("ServiceTask_WithdrawByRuling");
  }

  @Test
  void shouldWithdrawByRulingWhenRoundLimitIsReachedAndSwgChairRulesWithdrawal() {
    // given: a budget objected to in both of its rounds
    ProcessInstance document = registeredDocument("BUDGET");
    answerOpenPositions(round(document), Map.of("delegation-ru", "OBJECTION"));
    revise(document);
    answerOpenPositions(round(document), Map.of("delegation-ru", "OBJECTION"));

    // when: the SWG Chair rules to withdraw it
    completeUserTask(document, "Task_DecideOnFurtherRounds", "swg-chair",
        withVariables("furtherRounds", "WITHDRAW", "rulingNote", "No consensus in sight"));

    // then: withdrawn by the ruling, not by the coordinator
    assertThat(document).isEnded().hasPassedInOrder("Task_DecideOnFurtherRounds", "ServiceTask_WithdrawByRuling",
        "EndEvent_WithdrawnByRuling").hasNotPassed("EndEvent_DocumentWithdrawn", "Task_ConfirmConsensus");
    assertThat(fakes.calls).containsSubsequence("recordChairRuling", "recordWithdrawal");
    assertThat(fakes.withdrawals).singleElement().extracting(Withdrawal::withdrawnBy).isEqualTo("swg.chair");
    assertThat(fakes.rulings).extracting(ChairRuling.Given::ruling).containsExactly(ChairRuling.Ruling.WITHDRAW);
    assertThat(fakes.statuses).endsWith("AWAITING_SWG_CHAIR", "WITHDRAWN");
  }

  @Test
  void shouldReopenNegotiationWhenMeetingReturnsDocumentToSwg() {
    // given: an action plan recommended to the SOC and waiting for a meeting
    ProcessInstance document = recommendedDocument("ACTION_PLAN");

    // when: the meeting returns it to the SWG
    meetingDecides(document, "RETURNED_TO_SWG");

    // then: the coordinator revises and round 2 opens on the revision
    revise(document);
    assertThat(fakes.round(round(document).getId()).number).isEqualTo(2);
    assertThat(document).hasPassedInOrder("CatchEvent_SocMeetingDecided", "Task_ReviseDocument",
        "ServiceTask_CheckRevision").hasNotPassed("ServiceTask_FreezeAdoptedVersion");
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "AWAITING_SOC_MEETING",
        "IN_REVISION", "IN_NEGOTIATION");
  }

  @Test
  void shouldAwaitNextMeetingWhenMeetingDefersDocument() {
    // given: a budget waiting for a meeting
    ProcessInstance document = recommendedDocument("BUDGET");

    // when: the meeting defers it
    meetingDecides(document, "DEFERRED");

    // then: it waits for the next meeting's decision, which approves it
    assertThat(document).isWaitingAt("CatchEvent_SocMeetingDecided");
    meetingDecides(document, "APPROVED");
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentAdopted");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(document.getId())
        .activityId("CatchEvent_SocMeetingDecided").count()).isEqualTo(2);
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "AWAITING_SOC_MEETING",
        "AWAITING_SOC_MEETING", "ADOPTED");
  }

  @Test
  void shouldAdoptWhenMeetingApprovesWithReservations() {
    // given: a calendar of events that the SOC Chair puts before a meeting
    ProcessInstance document = recommendedDocument("CALENDAR_OF_EVENTS");
    chooseSocRoute(document, "MEETING");

    // when: the meeting approves it with reservations
    meetingDecides(document, "APPROVED_WITH_RESERVATIONS");

    // then: reservations do not block adoption
    assertThat(document).isEnded().hasPassedInOrder("CatchEvent_SocMeetingDecided",
        "ServiceTask_FreezeAdoptedVersion", "EndEvent_DocumentAdopted");
    assertThat(fakes.count("freezeAdoptedVersion")).isEqualTo(1);
  }

  @Test
  void shouldAdoptBySilenceWhenNobodyBreaksIt() {
    // given: a concept paper the SOC Chair put under silence for a week
    ProcessInstance document = documentUnderSilence("CONCEPT_PAPER");
    ProcessInstance silence = silence(document);
    Instant expiry = START.plus(Duration.ofDays(7));
    assertThat(fireTimersDueBy(justBefore(Date.from(expiry)), silence)).isEmpty();

    // when: the expiry passes unbroken
    List<String> fired = fireTimersDueBy(expiry, silence);

    // then: adopted by silence, and the document's process freezes the version
    assertThat(fired).containsExactly("CatchEvent_SilenceExpired");
    assertThat(silence).isEnded().hasPassed("ServiceTask_AdoptBySilence", "EndEvent_AdoptedBySilence");
    assertThat(document).isEnded().hasPassedInOrder("CallActivity_SilenceProcedure",
        "ServiceTask_FreezeAdoptedVersion", "EndEvent_DocumentAdopted").hasNotPassed("CatchEvent_SocMeetingDecided");
    assertThat(fakes.silenceOutcomes).containsValue("ADOPTED");
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "RECOMMENDED",
        "UNDER_SILENCE", "ADOPTED");
  }

  @Test
  void shouldPutDocumentOnNextMeetingWhenSilenceIsBroken() {
    // given: a calendar of events under silence
    ProcessInstance document = documentUnderSilence("CALENDAR_OF_EVENTS");
    ProcessInstance silence = silence(document);

    // when: a delegation breaks silence and the SOC Chair sends the text to the next meeting
    breakSilenceAndChoose(silence, "NEXT_MEETING");

    // then: the document waits for that meeting's decision
    assertThat(silence).isEnded().hasPassed("EndEvent_SilenceBroken");
    assertThat(document).isWaitingAt("CatchEvent_SocMeetingDecided").hasPassed("CallActivity_SilenceProcedure");
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "RECOMMENDED",
        "UNDER_SILENCE", "AWAITING_SOC_MEETING");
    assertThat(fakes.calls).containsSubsequence("startSilence", "announceSilenceBreak", "recordSilenceChoice");
  }

  @Test
  void shouldReviseWhenSilenceIsBrokenAndSocChairSendsTextBackToSwg() {
    // given: a concept paper under silence
    ProcessInstance document = documentUnderSilence("CONCEPT_PAPER");
    ProcessInstance silence = silence(document);

    // when: a delegation breaks silence and the SOC Chair sends the text back to the SWG
    breakSilenceAndChoose(silence, "BACK_TO_SWG");

    // then: the coordinator revises
    assertThat(document).isWaitingAt("Task_ReviseDocument").hasPassed("CallActivity_SilenceProcedure");
    assertThat(task(document)).hasCandidateGroup("delegation-tr");
    assertThat(fakes.silenceOutcomes).containsValue("BACK_TO_SWG");
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "AWAITING_CONSENSUS", "RECOMMENDED",
        "UNDER_SILENCE", "IN_REVISION");
  }

  @Test
  void shouldWithdrawDocumentAndCancelItsRoundWhenWithdrawnDuringRound() {
    // given: a concept paper in round 1, where Kazakhstan has already answered
    ProcessInstance document = registeredDocument("CONCEPT_PAPER");
    ProcessInstance round = round(document);
    givePosition(round, "delegation-kz", "NO_OBJECTION");

    // when: the coordinator withdraws it
    withdraw(document);

    // then: the document is withdrawn and its round cancelled, open position tasks and timers included
    assertThat(document).isEnded().hasPassed("ServiceTask_RecordWithdrawal", "EndEvent_DocumentWithdrawn");
    assertThat(endState(round)).isEqualTo("INTERNALLY_TERMINATED");
    assertThat(round).hasNotPassed("ServiceTask_CloseRound");
    assertThat(taskQuery().processInstanceBusinessKey(SYMBOL).count()).isZero();
    assertThat(managementService().createJobQuery().count()).isZero();
    assertThat(fakes.calls).containsOnlyOnce("recordWithdrawal").doesNotContain("closeRound");
    assertThat(fakes.withdrawals).containsExactly(new Withdrawal("coordinator-tr", "Superseded by a joint paper"));
    assertThat(fakes.statuses).containsExactly("AWAITING_REGISTRATION", "IN_NEGOTIATION", "WITHDRAWN");
  }

  @Test
  void shouldWithdrawDocumentWhileItAwaitsMeeting() {
    // given: a budget waiting for a meeting
    ProcessInstance document = recommendedDocument("BUDGET");
    assertThat(document).isWaitingAt("CatchEvent_SocMeetingDecided");

    // when: the coordinator withdraws it
    withdraw(document);

    // then: withdrawn; no meeting decision can reach it any more
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentWithdrawn")
        .hasNotPassed("ServiceTask_FreezeAdoptedVersion");
    assertThat(runtimeService().createEventSubscriptionQuery().eventName("SocMeetingDecision").count()).isZero();
    assertThat(fakes.calls).containsOnlyOnce("recordWithdrawal");
    assertThat(fakes.statuses).endsWith("AWAITING_SOC_MEETING", "WITHDRAWN");
  }

  @Test
  void shouldWithdrawDocumentAndEndSilenceProcedureWhenWithdrawnUnderSilence() {
    // given: a concept paper under silence
    ProcessInstance document = documentUnderSilence("CONCEPT_PAPER");
    ProcessInstance silence = silence(document);

    // when: the coordinator withdraws it before the expiry
    withdraw(document);

    // then: the silence procedure ends with it, and its expiry can no longer adopt the text
    assertThat(document).isEnded().hasPassed("EndEvent_DocumentWithdrawn");
    assertThat(endState(silence)).isEqualTo("INTERNALLY_TERMINATED");
    assertThat(managementService().createJobQuery().count()).isZero();
    assertThat(fakes.calls).contains("recordWithdrawal").doesNotContain("adoptBySilence", "freezeAdoptedVersion");
    assertThat(fakes.statuses).endsWith("UNDER_SILENCE", "WITHDRAWN");
  }

  @Test
  void shouldKeepUploadTaskWhenSubmissionCheckFails() {
    // given: a new document whose draft the check refuses
    ProcessInstance document = startDocument("CONCEPT_PAPER");
    String taskId = task(document).getId();
    fakes.failOn("checkSubmission");

    // when: the coordinator completes the upload
    assertThatThrownBy(() -> complete(task(document), withVariables("draftText", "Draft")))
        .isInstanceOf(RefusedInput.class).hasMessage("checkSubmission refuses the step")
        .hasRootCauseInstanceOf(InvalidInputException.class);

    // then: the completion rolled back: the same task waits, nothing went to registration
    assertThat(document).isWaitingAt("Task_UploadDraft").hasNotPassed("Task_UploadDraft", "Task_RegisterDocument");
    assertThat(task(document).getId()).isEqualTo(taskId);
    assertThat(historyService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isZero();
  }

  @Test
  void shouldBeKnownByTheDocumentsIdUntilRegisteredAndByItsSymbolAfter() {
    // given: a drafted concept paper waiting for the Secretariat, known by its id
    ProcessInstance document = startDocument("CONCEPT_PAPER");
    completeUserTask(document, "Task_UploadDraft", "delegation-tr", withVariables("draftText", "Draft"));
    assertThat(document).hasBusinessKey(BUSINESS_KEY);

    // when: a symbol of a character no symbol has is refused, then a good one registered
    assertThatThrownBy(() -> complete(task(document), withVariables("symbol", "CICA SWG 2025")))
        .hasRootCauseInstanceOf(InvalidInputException.class);
    assertThat(document).hasBusinessKey(BUSINESS_KEY).isWaitingAt("Task_RegisterDocument");
    complete(task(document), withVariables("symbol", SYMBOL));

    // then: the document's process and the round it calls are known by the symbol (Cockpit's search)
    assertThat(document).hasBusinessKey(SYMBOL);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(SYMBOL).count()).isEqualTo(2);
    assertThat(round(document)).hasBusinessKey(SYMBOL);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).count()).isZero();
  }

  // ---- completions that try to bend the process: one per user task ----

  @Test
  void shouldRefuseADraftThatCarriesAnythingButItsFormFields() {
    ProcessInstance document = startDocument("CONCEPT_PAPER");
    assertRefusedWithForeignVariable(task(document), Map.of("draftText", "Draft"), "documentId", 7L);
    assertThat(document).isWaitingAt("Task_UploadDraft");
    assertThat(fakes.calls).isEmpty();
  }

  @Test
  void shouldRefuseARegistrationThatCarriesAnythingButTheSymbol() {
    ProcessInstance document = startDocument("CONCEPT_PAPER");
    completeUserTask(document, "Task_UploadDraft", "delegation-tr", withVariables("draftText", "Draft"));
    assertRefusedWithForeignVariable(task(document), Map.of("symbol", "CICA/SWG/2025/1"), "documentType", "BUDGET");
    assertThat(document).isWaitingAt("Task_RegisterDocument");
    assertThat(fakes.calls).doesNotContain("registerDocument", "determineRouting");
  }

  @Test
  void shouldRefuseARevisionThatCarriesTheNextRoundsDeadline() {
    ProcessInstance document = registeredDocument("CONCEPT_PAPER");
    answerOpenPositions(round(document), Map.of("delegation-kz", "AMENDMENT"));
    assertRefusedWithForeignVariable(task(document), Map.of("revisedText", "Revised"), "roundDeadline", "PT10S");
    assertThat(document).isWaitingAt("Task_ReviseDocument");
    assertThat(fakes.routing().roundDeadline()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void shouldRefuseAConfirmationOfConsensusThatCarriesTheRoute() {
    ProcessInstance document = registeredDocument("ACTION_PLAN");
    answerOpenPositions(round(document), Map.of());
    assertRefusedWithForeignVariable(task(document), Map.of("consensusNote", "Agreed"), "silenceProcedureAllowed", true);
    assertThat(document).isWaitingAt("Task_ConfirmConsensus");
  }

  @Test
  void shouldRefuseARulingThatCarriesTheRoundCount() {
    ProcessInstance document = registeredDocument("BUDGET");
    answerOpenPositions(round(document), Map.of("delegation-ru", "OBJECTION"));
    revise(document);
    answerOpenPositions(round(document), Map.of("delegation-ru", "OBJECTION"));
    assertRefusedWithForeignVariable(task(document), Map.of("furtherRounds", "ONE_MORE_ROUND"),
        "roundsBeforeChairDecides", 99);
    assertThat(document).isWaitingAt("Task_DecideOnFurtherRounds");
    assertThat(fakes.rulings).isEmpty();
  }

  @Test
  void shouldRefuseARouteThatCarriesTheMeetingsDecision() {
    ProcessInstance document = recommendedDocument("CONCEPT_PAPER");
    assertRefusedWithForeignVariable(task(document), Map.of("socRoute", "MEETING"), "socDecision", "APPROVED");
    assertThat(document).isWaitingAt("Task_ChooseSocRoute");
    assertThat(fakes.calls).doesNotContain("chooseSocRoute");
  }

  @Test
  void shouldRefuseSilenceWhereTheRoutingTableDoesNotAllowIt() {
    // given: an action plan; the routing table keeps it from silence, so no route is asked of the Chair
    ProcessInstance document = recommendedDocument("CONCEPT_PAPER");
    fakes.document("ACTION_PLAN");

    // when: the route task is completed with silence anyway
    assertThatThrownBy(() -> complete(task(document), withVariables("socRoute", "SILENCE")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("does not allow the silence procedure");

    // then: nothing moved
    assertThat(document).isWaitingAt("Task_ChooseSocRoute");
  }

  // ---- steps of the paths ----

  /** As Documents.create starts it: the document's id as the business key, and no variables. */
  private ProcessInstance startDocument(String documentType) {
    fakes.document(documentType);
    return runtimeService().startProcessInstanceByKey("document-approval", BUSINESS_KEY);
  }

  /** The coordinator uploads the draft, the Secretariat registers it: round 1 is open. */
  private ProcessInstance registeredDocument(String documentType) {
    ProcessInstance document = startDocument(documentType);
    completeUserTask(document, "Task_UploadDraft", "delegation-tr", withVariables("draftText", "Draft"));
    completeUserTask(document, "Task_RegisterDocument", "secretariat", withVariables("symbol", SYMBOL));
    assertThat(document).isWaitingAt("CallActivity_NegotiationRound");
    assertThat(document).hasBusinessKey(SYMBOL);
    return document;
  }

  /** Round 1 brings no objection and the SWG Chair recommends the text to the SOC. */
  private ProcessInstance recommendedDocument(String documentType) {
    ProcessInstance document = registeredDocument(documentType);
    answerOpenPositions(round(document), Map.of());
    confirmConsensus(document);
    return document;
  }

  /** The routing the business rule task took from the table's row for the document's type, kept with it. */
  private void assertRouting(ProcessInstance document, String roundDeadline, int roundsBeforeChairDecides,
      boolean silenceProcedureAllowed, String reminderLead, String silenceRule) {
    assertThat(document).hasPassed("BusinessRuleTask_DetermineRouting");
    assertThat(fakes.routing()).isEqualTo(new Routing(Duration.parse(roundDeadline), roundsBeforeChairDecides,
        silenceProcedureAllowed, Duration.parse(reminderLead), SilenceRule.valueOf(silenceRule)));
    assertThat(document).variables().doesNotContainKeys("roundDeadline", "roundsBeforeChairDecides",
        "silenceProcedureAllowed", "reminderLead", "silenceRule", "documentId", "documentType", "coordinatorGroup");
  }

  /** Recommended, put under silence by the SOC Chair and circulated for a week. */
  private ProcessInstance documentUnderSilence(String documentType) {
    ProcessInstance document = recommendedDocument(documentType);
    chooseSocRoute(document, "SILENCE");
    circulateUnderSilence(silence(document), START.plus(Duration.ofDays(7)));
    return document;
  }

  /** The round the call activity waits on: it runs for the same document under the same business key. */
  private static ProcessInstance round(ProcessInstance document) {
    assertThat(document).isWaitingAt("CallActivity_NegotiationRound");
    ProcessInstance round = calledInstance(document);
    assertThat(round).hasBusinessKey(SYMBOL).hasProcessDefinitionKey("negotiation-round");
    assertThat(round).variables().doesNotContainKeys("documentId", "roundDeadline", "silenceRule", "coordinatorGroup");
    return round;
  }

  private static ProcessInstance silence(ProcessInstance document) {
    assertThat(document).isWaitingAt("CallActivity_SilenceProcedure");
    ProcessInstance silence = calledInstance(document);
    assertThat(silence).hasBusinessKey(SYMBOL).hasProcessDefinitionKey("silence-procedure");
    assertThat(silence).variables().doesNotContainKey("documentId");
    return silence;
  }

  private static void confirmConsensus(ProcessInstance document) {
    completeUserTask(document, "Task_ConfirmConsensus", "swg-chair",
        withVariables("consensusNote", "Consensus at the SWG"));
  }

  private static void chooseSocRoute(ProcessInstance document, String socRoute) {
    completeUserTask(document, "Task_ChooseSocRoute", "soc-chair", withVariables("socRoute", socRoute));
  }

  private static void revise(ProcessInstance document) {
    completeUserTask(document, "Task_ReviseDocument", "delegation-tr", withVariables("revisedText", "Revised text"));
  }

  /** What a meeting does for the document: records its decision in the register, then tells the document's process. */
  private void meetingDecides(ProcessInstance document, String socDecision) {
    assertThat(document).isWaitingAt("CatchEvent_SocMeetingDecided");
    fakes.decided(ProcessFakes.DOCUMENT, socDecision);
    runtimeService().createMessageCorrelation("SocMeetingDecision").processInstanceId(document.getId()).correlate();
  }

  /** What Documents.withdraw does: the message, with the withdrawal in memory, starts the interrupting event subprocess. */
  private static void withdraw(ProcessInstance document) {
    runtimeService().createMessageCorrelation("DocumentWithdrawalRequested").processInstanceId(document.getId())
        .setVariable("withdrawal", InMemoryValues.of(new Withdrawal("coordinator-tr", "Superseded by a joint paper")))
        .correlate();
  }
}
