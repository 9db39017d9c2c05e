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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SWG Chair extends an open round's deadline through the API (a concept paper: 14 days a round,
 * reminded 3 days before the deadline): the extension is on the record, every delegation of the
 * round is mailed, and the round closes at the new deadline, not the old.
 */
@AccordIntegrationTest
class ChairExtensionIT extends ProcedureJourney {

  private static final Duration ROUND = Duration.ofDays(14);
  private static final Duration NEW_ROUND = Duration.ofDays(20);

  @Test
  void shouldMoveTheDeadlineMailEveryDelegationAndCloseAtTheNewDeadline() {
    // given Turkiye's concept paper in its first round since t0, answered by Turkiye only
    Instant t0 = clock.freeze();
    long id = procedure.create("tr.delegate1", "TR", "CONCEPT_PAPER", "Extension: paper on water resources",
        Map.of("text", "1. The member states share experience in water management."));
    String symbol = "CICA/IT/CHAIR-EXTENSION/" + id;
    procedure.register(id, symbol);
    ok(api.givePosition("tr.delegate1", id, "TR", "NO_OBJECTION", null));
    String extension = "/api/documents/" + id + "/rounds/1/extension";
    Instant newDeadline = t0.plus(NEW_ROUND);
    clock.advance(Duration.ofDays(5));

    // when others try: a delegate, the SOC Chair; or the Chair with a deadline earlier, or in another round
    assertThat(api.post("kz.delegate1", extension, body(newDeadline, "Why not")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("soc.chair", extension, body(newDeadline, "Why not")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> earlier = api.post("swg.chair", extension, body(t0.plus(Duration.ofDays(10)), "Too soon"));
    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(earlier.getBody().get("detail").asText()).contains("later than the current one");
    assertThat(api.post("swg.chair", extension, body(t0.plus(Duration.ofDays(2)), "In the past")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.post("swg.chair", "/api/documents/" + id + "/rounds/2/extension", body(newDeadline, "Wrong round"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(api.post("swg.chair", extension, Map.of("deadline", newDeadline.toString())).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // then nothing moved
    assertThat(instant(procedure.lastRound(id).get("round").get("deadline"))).isEqualTo(t0.plus(ROUND));

    // when the SWG Chair extends the deadline from day 14 to day 20
    ResponseEntity<JsonNode> extended = api.post("swg.chair", extension,
        body(newDeadline, "Consultations in capitals take longer over the holidays."));

    // then the extension is on the record, and the round's deadline and reminder follow it
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode recorded = extended.getBody();
    assertThat(instant(recorded.get("previousDeadline"))).isEqualTo(t0.plus(ROUND));
    assertThat(instant(recorded.get("newDeadline"))).isEqualTo(newDeadline);
    assertThat(recorded.get("extendedBy").asText()).isEqualTo("swg.chair");
    assertThat(recorded.get("roundNumber").asInt()).isEqualTo(1);
    JsonNode round = procedure.lastRound(id).get("round");
    assertThat(instant(round.get("deadline"))).isEqualTo(newDeadline);
    assertThat(instant(round.get("reminderAt"))).isEqualTo(newDeadline.minus(Duration.ofDays(3)));
    JsonNode onRecord = procedure.lastRound(id).get("extensions");
    assertThat(onRecord).hasSize(1);
    assertThat(onRecord.get(0).get("reason").asText()).isEqualTo("Consultations in capitals take longer over the holidays.");
    assertThat(api.get("cn.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("tr.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isZero();

    // and every user of every member state heard of it once
    List<TestMailServer.Mail> mails = TestMailServer.about(api, id, symbol);
    Map<String, Long> once = new TreeMap<>();
    Procedure.usersOf(Procedure.MEMBER_STATES).forEach(user -> once.put(user, 1L));
    assertThat(countsByUser(mails, "Deadline extended by the SWG Chair")).isEqualTo(once);
    assertThat(TestMailServer.matching(mails, mail -> mail.subject().startsWith("Deadline extended by the SWG Chair")))
        .allSatisfy(mail -> assertThat(mail.subject()).contains(symbol));

    // when the old deadline passes, nothing closes
    clock.advance(ROUND.minus(Duration.ofDays(5)));
    assertThat(clock.fireDueTimers(id)).as("nothing at the old deadline").isZero();
    assertThat(procedure.lastRound(id).get("round").has("closedAt")).isFalse();

    // when the new reminder time and the new deadline pass
    clock.advance(NEW_ROUND.minus(ROUND));
    assertThat(clock.fireDueTimers(id)).as("the reminder and the new deadline").isEqualTo(2);

    // then the round closes at the new deadline, the silent ones taken to have no objection
    round = procedure.lastRound(id).get("round");
    assertThat(instant(round.get("closedAt"))).isEqualTo(newDeadline);
    assertThat(round.get("outcome").asText()).isEqualTo("CONSENSUS");
  }

  private static Map<String, Object> body(Instant deadline, String reason) {
    return Map.of("deadline", deadline.toString(), "reason", reason);
  }
}
