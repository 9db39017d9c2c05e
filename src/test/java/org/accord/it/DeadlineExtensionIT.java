package org.accord.it;

import static org.accord.it.Procedure.instant;
import static org.accord.it.Procedure.ok;
import static org.accord.it.TestMailServer.countsByUser;
import static org.accord.it.TestMailServer.recipients;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.accord.document.Documents;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The routing table's rule EXTEND_ONCE (action plans and budgets: 21 days a round, a reminder 5
 * days before the deadline): delegations still silent at the deadline get one more period, once;
 * at the second deadline their silence is recorded as no objection and the round closes.
 */
@AccordIntegrationTest
class DeadlineExtensionIT extends ProcedureJourney {

  private static final String SEC = "secretariat.officer";
  private static final Duration ROUND = Duration.ofDays(21);
  private static final Duration REMINDER_LEAD = Duration.ofDays(5);

  @Autowired TaskService taskService;

  @Test
  void shouldExtendTheRoundOnceForSilentDelegationsThenRecordTheirSilenceAsNoObjection() {
    // given an action plan whose first round opened at t0, where only India (with a reservation, which
    // does not block consensus), Kazakhstan and Russia have answered
    Instant t0 = clock.freeze();
    long id = procedure.create(SEC, "SEC", "ACTION_PLAN", "Extension: action plan on cultural heritage",
        Map.of("data", actionPlan()));
    String symbol = "CICA/IT/EXTEND/" + id;
    procedure.register(id, symbol);
    Set<String> answered = Set.of("IN", "KZ", "RU");
    Set<String> silent = new TreeSet<>(Procedure.MEMBER_STATES);
    silent.removeAll(answered);
    ok(api.givePosition("in.delegate2", id, "IN", "RESERVATION", "India reads measure 1 as open to every member state."));
    ok(api.givePosition("kz.delegate1", id, "KZ", "NO_OBJECTION", null));
    ok(api.givePosition("ru.delegate1", id, "RU", "NO_OBJECTION", null));
    JsonNode round = procedure.lastRound(id).get("round");
    Instant firstDeadline = instant(round.get("deadline"));
    assertThat(firstDeadline).isEqualTo(t0.plus(ROUND));
    assertThat(round.get("silenceRule").asText()).isEqualTo("EXTEND_ONCE");
    assertThat(round.get("extended").asBoolean()).isFalse();
    clock.advance(ROUND.minus(REMINDER_LEAD));
    assertThat(clock.fireDueTimers(id)).as("the reminder").isEqualTo(1);

    // when the deadline passes with the 25 others still silent
    clock.advance(REMINDER_LEAD);
    assertThat(clock.fireDueTimers(id)).as("the deadline").isEqualTo(1);

    // then the round is extended once, by one more period, and stays open
    JsonNode extended = procedure.lastRound(id);
    round = extended.get("round");
    Instant secondDeadline = instant(round.get("deadline"));
    assertThat(secondDeadline).isEqualTo(firstDeadline.plus(ROUND)).isEqualTo(t0.plus(Duration.ofDays(42)));
    assertThat(instant(round.get("reminderAt"))).isEqualTo(secondDeadline.minus(REMINDER_LEAD));
    assertThat(round.get("extended").asBoolean()).isTrue();
    assertThat(round.has("closedAt")).isFalse();
    assertThat(round.has("outcome")).isFalse();
    assertThat(extended.get("positions").findValuesAsText("delegationCode")).containsExactlyInAnyOrderElementsOf(answered);
    assertThat(extended.get("positions").findValuesAsText("bySilence")).containsOnly("false");
    assertThat(procedure.status(id)).isEqualTo("IN_NEGOTIATION");

    // and only the silent delegations' "Give position" tasks are open, due at the new deadline
    JsonNode waiting = api.dossier(id).get("waitingFor");
    assertThat(StreamSupport.stream(waiting.spliterator(), false).map(item -> item.get("taskKey").asText()))
        .containsOnly("Task_GivePosition");
    assertThat(waiting.findValuesAsText("delegationCode")).containsExactlyInAnyOrderElementsOf(silent);
    assertThat(StreamSupport.stream(waiting.spliterator(), false).map(item -> instant(item.get("dueAt"))))
        .containsOnly(secondDeadline);
    assertThat(candidateGroupsOfOpenPositionTasks(id)).containsExactlyInAnyOrderElementsOf(
        silent.stream().map(state -> "delegation-" + state.toLowerCase()).toList());
    assertThat(api.get("kz.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isZero();
    assertThat(api.get("in.delegate2", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isZero();
    assertThat(api.get("cn.delegate2", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isEqualTo(1);

    // and a delegation that answered still cannot answer twice, while a silent one may answer now
    assertThat(api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "Too late to object.").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ok(api.givePosition("cn.delegate2", id, "CN", "NO_OBJECTION", null));

    // when the new reminder time and then the new deadline pass with the 24 others still silent
    clock.advance(ROUND.minus(REMINDER_LEAD));
    assertThat(clock.fireDueTimers(id)).as("the reminder of the extension").isEqualTo(1);
    clock.advance(REMINDER_LEAD);
    assertThat(clock.fireDueTimers(id)).as("the second deadline").isEqualTo(1);

    // then their silence is recorded as no objection and the round closes in consensus, not extended again
    JsonNode closed = procedure.lastRound(id);
    round = closed.get("round");
    assertThat(round.get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(instant(round.get("closedAt"))).isEqualTo(secondDeadline);
    assertThat(instant(round.get("deadline"))).isEqualTo(secondDeadline);
    assertThat(round.get("extended").asBoolean()).isTrue();
    assertThat(closed.get("positions")).hasSize(28);
    Set<String> stillSilent = new TreeSet<>(silent);
    stillSilent.remove("CN");
    assertThat(bySilence(closed.get("positions"))).containsExactlyInAnyOrderElementsOf(stillSilent);
    JsonNode china = position(closed.get("positions"), "CN");
    assertThat(china.get("kind").asText()).isEqualTo("NO_OBJECTION");
    assertThat(china.get("givenBy").asText()).isEqualTo("cn.delegate2");
    assertThat(instant(china.get("givenAt"))).isEqualTo(firstDeadline);
    JsonNode afghanistan = position(closed.get("positions"), "AF");
    assertThat(afghanistan.get("kind").asText()).isEqualTo("NO_OBJECTION");
    assertThat(instant(afghanistan.get("givenAt"))).isEqualTo(secondDeadline);
    assertThat(procedure.status(id)).isEqualTo("AWAITING_CONSENSUS");
    assertThat(api.dossier(id).get("waitingFor").findValuesAsText("taskKey")).containsExactly("Task_ConfirmConsensus");
    clock.advance(Duration.ofDays(30));
    assertThat(clock.fireDueTimers(id)).as("no timer is left on the round").isZero();

    // and the extension was mailed to exactly the users of the silent delegations, once each
    List<TestMailServer.Mail> mails = TestMailServer.about(api, id, symbol);
    assertThat(countsByUser(mails, "Deadline extended"))
        .isEqualTo(once(Procedure.usersOf(silent)));
    // the reminders went to the silent delegations: all 25 first, then the 24 still silent
    Map<String, Long> reminders = new TreeMap<>(once(Procedure.usersOf(silent)));
    Procedure.usersOf(stillSilent).forEach(user -> reminders.put(user, 2L));
    assertThat(countsByUser(mails, "Reminder")).isEqualTo(reminders);
    // every delegate was told of the round once; the silent ones again of the extension's task
    Map<String, Long> taskMails = new TreeMap<>(once(Procedure.usersOf(Procedure.MEMBER_STATES)));
    Procedure.usersOf(silent).forEach(user -> taskMails.put(user, 2L));
    assertThat(countsByUser(mails, "[Accord] Task: Give the delegation's position")).isEqualTo(taskMails);
    assertThat(recipients(mails, "Deadline extended")).doesNotContainAnyElementsOf(Procedure.usersOf(answered));
  }

  private Set<String> candidateGroupsOfOpenPositionTasks(long id) {
    Set<String> groups = new HashSet<>();
    taskService.createTaskQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id))
        .taskDefinitionKey("Task_GivePosition").list()
        .forEach(task -> taskService.getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId).filter(group -> group != null).forEach(groups::add));
    return groups;
  }

  private static Map<String, Long> once(Set<String> users) {
    Map<String, Long> counts = new TreeMap<>();
    users.forEach(user -> counts.put(user, 1L));
    return counts;
  }

  private static List<String> bySilence(JsonNode positions) {
    return StreamSupport.stream(positions.spliterator(), false)
        .filter(position -> position.get("bySilence").asBoolean())
        .map(position -> position.get("delegationCode").asText()).toList();
  }

  private static JsonNode position(JsonNode positions, String code) {
    return StreamSupport.stream(positions.spliterator(), false)
        .filter(position -> position.get("delegationCode").asText().equals(code)).findFirst().orElseThrow();
  }

  private static Map<String, Object> actionPlan() {
    return Map.of("measures", List.of(
        Map.of("title", "Seminar on the protection of cultural heritage", "dimension", "HUMAN",
            "priorityArea", "Cultural heritage", "coordinators", List.of("KZ", "UZ"),
            "timeline", Map.of("start", "2024-03", "end", "2024-10"))));
  }
}
