package org.accord.it;

import static org.accord.it.Procedure.Say.amendment;
import static org.accord.it.Procedure.Say.noObjection;
import static org.accord.it.Procedure.Say.objection;
import static org.accord.it.Procedure.instant;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A delegation may change its position until the round closes (PUT /api/documents/{id}/positions/{delegation});
 * the round closes on the position as it then stands, and the record keeps every change, with who and when.
 */
@AccordIntegrationTest
class PositionChangeIT extends ProcedureJourney {

  private static final String SYMBOLS = "CICA/IT/CHANGE/";
  private static final Duration ROUND = Duration.ofDays(14);


  @Test
  void shouldCloseInConsensusWhenAnObjectionIsChangedToNoObjectionBeforeTheRoundCloses() {
    // given a round open since t0 in which Russia objects and China has no objection
    Instant t0 = clock.freeze();
    long id = procedure.conceptPaperInRound("Change: objection lifted", SYMBOLS);
    ok(api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "Paragraph 2 prejudges the work of other fora."));
    ok(api.givePosition("cn.delegate1", id, "CN", "NO_OBJECTION", null));

    // when Russia's second delegate turns the objection into an amendment a day later, and its first
    // delegate lifts it altogether the day after, before the deadline
    clock.advance(Duration.ofDays(1));
    procedure.change("ru.delegate2", id, "RU", amendment("In paragraph 2, add: \"without prejudice to other fora\"."));
    clock.advance(Duration.ofDays(1));
    JsonNode changed = procedure.change("ru.delegate1", id, "RU", noObjection());

    // then the position stands as no objection, first given by ru.delegate1 at t0
    assertThat(changed.get("kind").asText()).isEqualTo("NO_OBJECTION");
    assertThat(changed.has("text")).isFalse();
    assertThat(changed.get("givenBy").asText()).isEqualTo("ru.delegate1");
    assertThat(instant(changed.get("givenAt"))).isEqualTo(t0);
    assertThat(instant(changed.get("changedAt"))).isEqualTo(t0.plus(Duration.ofDays(2)));

    // and at the deadline the round closes in consensus (the silent are taken to have no objection)
    clock.advance(ROUND.minus(Duration.ofDays(2)));
    assertThat(clock.fireDueTimers(id)).as("reminder and deadline").isEqualTo(2);
    JsonNode round = procedure.lastRound(id);
    assertThat(round.get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(instant(round.get("round").get("closedAt"))).isEqualTo(t0.plus(ROUND));
    assertThat(procedure.status(id)).isEqualTo("AWAITING_CONSENSUS");
    JsonNode russia = position(round.get("positions"), "RU");
    assertThat(russia.get("kind").asText()).isEqualTo("NO_OBJECTION");
    assertThat(russia.get("bySilence").asBoolean()).isFalse();

    // and the record keeps Russia's three statements in order, with who and when
    assertThat(changesOf(round, "RU")).containsExactly(
        tuple("OBJECTION", "ru.delegate1", t0),
        tuple("AMENDMENT", "ru.delegate2", t0.plus(Duration.ofDays(1))),
        tuple("NO_OBJECTION", "ru.delegate1", t0.plus(Duration.ofDays(2))));
    assertThat(changesOf(round, "CN")).containsExactly(tuple("NO_OBJECTION", "cn.delegate1", t0));

    // and once the round is closed, no change is accepted
    assertThat(api.exchange("ru.delegate1", HttpMethod.PUT, "/api/documents/" + id + "/positions/RU",
        Map.of("kind", "OBJECTION", "text", "After all, no.")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldRequireARevisionWhenNoObjectionIsChangedToAnAmendmentBeforeTheRoundCloses() {
    // given a round open since t0 in which Thailand has no objection
    Instant t0 = clock.freeze();
    long id = procedure.conceptPaperInRound("Change: amendment after all", SYMBOLS);
    ok(api.givePosition("th.delegate1", id, "TH", "NO_OBJECTION", null));

    // when Thailand's second delegate changes it to an amendment on paragraph 3 three days later
    clock.advance(Duration.ofDays(3));
    JsonNode changed = ok(api.exchange("th.delegate2", HttpMethod.PUT, "/api/documents/" + id + "/positions/TH",
        Map.of("kind", "AMENDMENT", "text", "Replace \"shall\" by \"may\".", "anchor", "paragraph 3")));
    assertThat(changed.get("kind").asText()).isEqualTo("AMENDMENT");
    assertThat(changed.get("anchor").asText()).isEqualTo("paragraph 3");

    // then at the deadline the round requires a revision, and the coordinator is asked for it
    clock.advance(ROUND.minus(Duration.ofDays(3)));
    assertThat(clock.fireDueTimers(id)).as("reminder and deadline").isEqualTo(2);
    JsonNode round = procedure.lastRound(id);
    assertThat(round.get("round").get("outcome").asText()).isEqualTo("REVISION_REQUIRED");
    assertThat(procedure.status(id)).isEqualTo("IN_REVISION");
    assertThat(api.dossier(id).get("waitingFor").findValuesAsText("taskKey")).containsExactly("Task_ReviseDocument");
    JsonNode thailand = position(round.get("positions"), "TH");
    assertThat(thailand.get("kind").asText()).isEqualTo("AMENDMENT");
    assertThat(thailand.get("text").asText()).isEqualTo("Replace \"shall\" by \"may\".");
    assertThat(thailand.get("givenBy").asText()).isEqualTo("th.delegate1");

    // and the record keeps both statements, in order, with who and when
    assertThat(changesOf(round, "TH")).containsExactly(
        tuple("NO_OBJECTION", "th.delegate1", t0),
        tuple("AMENDMENT", "th.delegate2", t0.plus(Duration.ofDays(3))));
  }

  private static List<org.assertj.core.groups.Tuple> changesOf(JsonNode round, String delegation) {
    return StreamSupport.stream(round.get("changes").spliterator(), false)
        .filter(change -> change.get("delegationCode").asText().equals(delegation))
        .map(change -> tuple(change.get("kind").asText(), change.get("changedBy").asText(),
            instant(change.get("changedAt"))))
        .toList();
  }

  private static JsonNode position(JsonNode positions, String code) {
    return StreamSupport.stream(positions.spliterator(), false)
        .filter(position -> position.get("delegationCode").asText().equals(code)).findFirst().orElseThrow();
  }
}
