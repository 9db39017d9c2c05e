package org.accord.it;

import static org.accord.it.Procedure.instant;
import static org.accord.it.Procedure.ok;
import static org.accord.it.TestMailServer.countsByUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reminder (routing table: concept papers, 14 days a round, reminded 3 days before the
 * deadline) goes at deadline minus lead time, to the users of the delegations still silent then,
 * and to nobody else.
 */
@AccordIntegrationTest
class ReminderIT extends ProcedureJourney {

  private static final Duration ROUND = Duration.ofDays(14);
  private static final Duration REMINDER_LEAD = Duration.ofDays(3);


  @Test
  void shouldRemindExactlyTheUsersOfTheDelegationsStillSilentAtTheReminderTime() {
    // given Turkiye's concept paper in its first round since t0, answered by Turkiye, Kazakhstan (by
    // its second delegate), India (with an amendment) and China
    Instant t0 = clock.freeze();
    long id = procedure.create("tr.delegate1", "TR", "CONCEPT_PAPER", "Reminder: paper on sustainable transport",
        Map.of("text", "1. Transport corridors connect the member states."));
    String symbol = "CICA/IT/REMINDER/" + id;
    procedure.register(id, symbol);
    ok(api.givePosition("tr.delegate1", id, "TR", "NO_OBJECTION", null));
    ok(api.givePosition("kz.delegate2", id, "KZ", "NO_OBJECTION", null));
    ok(api.givePosition("in.delegate1", id, "IN", "AMENDMENT", "Add rail corridors to paragraph 1."));
    ok(api.givePosition("cn.delegate1", id, "CN", "NO_OBJECTION", null));
    Set<String> silent = new TreeSet<>(Procedure.MEMBER_STATES);
    silent.removeAll(List.of("TR", "KZ", "IN", "CN"));
    JsonNode round = procedure.lastRound(id).get("round");
    assertThat(instant(round.get("deadline"))).isEqualTo(t0.plus(ROUND));
    assertThat(instant(round.get("reminderAt"))).isEqualTo(t0.plus(ROUND).minus(REMINDER_LEAD));

    // when the clock reaches one minute before the reminder time, nothing is sent
    clock.advance(ROUND.minus(REMINDER_LEAD).minusMinutes(1));
    assertThat(clock.fireDueTimers(id)).isZero();
    assertThat(procedure.lastRound(id).get("round").has("remindedAt")).isFalse();

    // when the reminder time comes
    clock.advance(Duration.ofMinutes(1));
    assertThat(clock.fireDueTimers(id)).isEqualTo(1);

    // then the round records it at that moment
    round = procedure.lastRound(id).get("round");
    assertThat(instant(round.get("remindedAt"))).isEqualTo(t0.plus(ROUND).minus(REMINDER_LEAD));
    assertThat(round.has("closedAt")).isFalse();

    // and exactly the users of the 24 silent delegations received one reminder, nobody who answered
    List<TestMailServer.Mail> mails = TestMailServer.about(api, id, symbol);
    Map<String, Long> once = new TreeMap<>();
    Procedure.usersOf(silent).forEach(user -> once.put(user, 1L));
    assertThat(once).hasSize(27).containsKeys("az.delegate2", "ru.delegate2", "vn.delegate1")
        .doesNotContainKeys("kz.delegate1", "kz.delegate2", "in.delegate2", "tr.delegate2");
    assertThat(countsByUser(mails, "Reminder")).isEqualTo(once);
    assertThat(TestMailServer.matching(mails, mail -> mail.subject().startsWith("Reminder")))
        .allSatisfy(mail -> assertThat(mail.subject()).contains(symbol + " \"Reminder: paper on sustainable transport\""));

    // when Viet Nam answers after the reminder and the deadline passes
    ok(api.givePosition("vn.delegate1", id, "VN", "NO_OBJECTION", null));
    clock.advance(REMINDER_LEAD);
    assertThat(clock.fireDueTimers(id)).isEqualTo(1);

    // then for a concept paper silence is no objection at once: no extension, India's amendment decides
    round = procedure.lastRound(id).get("round");
    assertThat(round.get("outcome").asText()).isEqualTo("REVISION_REQUIRED");
    assertThat(round.get("extended").asBoolean()).isFalse();
    assertThat(instant(round.get("deadline"))).isEqualTo(t0.plus(ROUND));
    assertThat(instant(round.get("closedAt"))).isEqualTo(t0.plus(ROUND));
    assertThat(procedure.lastRound(id).get("positions").findValuesAsText("bySilence")
        .stream().filter("true"::equals).count()).isEqualTo(23);
    List<TestMailServer.Mail> after = TestMailServer.about(api, id, symbol);
    assertThat(countsByUser(after, "Reminder")).isEqualTo(once);
    assertThat(countsByUser(after, "Deadline extended")).isEmpty();
  }
}
