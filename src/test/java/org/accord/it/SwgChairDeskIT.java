package org.accord.it;

import static org.accord.it.Procedure.Say.amendment;
import static org.accord.it.Procedure.Say.objection;
import static org.accord.it.Procedure.Say.reservation;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionKind;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The SWG Chair's desk on PostgreSQL: the rounds board counts every open round in one query, the
 * round's summary carries what consensus will attach, and the Chair's tasks lead to the sections
 * of the document page where they are done.
 */
@AccordIntegrationTest
class SwgChairDeskIT {

  private static final String ISRAEL_SAYS = "Israel joins consensus on its reading of the preamble.";

  @Autowired TestRestTemplate rest;
  @Autowired Negotiation negotiation;
  @Autowired HistoryService historyService;

  @Test
  void shouldCountAnOpenRoundOnTheBoardThenLeadTheChairToConfirmConsensusWithTheSummary() {
    // given a concept paper in its first round: India amends, Russia objects, China states a reservation
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.conceptPaperInRound("Board: a round in progress", "CICA/SWG/BOARD/CP-");
    ok(api.givePosition("in.delegate1", id, "IN", "AMENDMENT", "Rename the forum."));
    ok(api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "The text ignores transit states."));
    ok(api.givePosition("cn.delegate1", id, "CN", "RESERVATION", "China reads paragraph 1 broadly."));

    // when the board is read, then the round is there with its counts, counted by the database
    Negotiation.OpenRound line = negotiation.openRounds().stream()
        .filter(open -> open.round().documentId() == id).findFirst().orElseThrow();
    assertThat(line.answered()).isEqualTo(3);
    assertThat(line.blocking()).isEqualTo(2);
    assertThat(line.silent()).isEqualTo(Procedure.MEMBER_STATES.size() - 3);
    assertThat(negotiation.openRounds()).extracting(open -> open.round().deadline())
        .isSortedAccordingTo(Comparator.naturalOrder());

    // given the others have no objection, the coordinator revises, and the next round ends without
    // amendment or objection, Israel with a reservation
    procedure.everyStateAnswersExcept(id, Set.of("IN", "RU", "CN"), Map.of());
    procedure.submit("kz.delegate1", id, Map.of("text", "Revised draft", "note", "India's amendment accepted."));
    procedure.everyStateAnswers(id, Map.of("IL", reservation(ISRAEL_SAYS)));
    assertThat(procedure.status(id)).isEqualTo("AWAITING_CONSENSUS");
    assertThat(negotiation.openRounds()).noneMatch(open -> open.round().documentId() == id);

    // then the summary counts the positions and carries Israel's reservation
    Negotiation.RoundSummary summary = negotiation.latestRoundSummary(id).orElseThrow();
    assertThat(summary.round().number()).isEqualTo(2);
    assertThat(summary.counts()).containsEntry(PositionKind.RESERVATION, 1L)
        .containsEntry(PositionKind.NO_OBJECTION, (long) Procedure.MEMBER_STATES.size() - 1)
        .containsEntry(PositionKind.AMENDMENT, 0L);
    assertThat(summary.reservations()).singleElement()
        .satisfies(position -> assertThat(position.text()).isEqualTo(ISRAEL_SAYS));

    // and the Chair's task leads to the consensus section of the document page
    JsonNode tasks = ok(api.get("swg.chair", "/api/tasks?documentId=" + id)).get("items");
    assertThat(tasks.findValuesAsText("taskKey")).containsExactly("Task_ConfirmConsensus");
    assertThat(tasks.get(0).get("page").asText()).isEqualTo("/documents/" + id + "#consensus");
    procedure.confirmConsensus(id);
    assertThat(procedure.status(id)).isEqualTo("RECOMMENDED");
  }

  @Test
  void shouldLeadTheChairsRulingToItsSection() {
    // given a calendar of events (two rounds before the SWG Chair rules) amended in both rounds
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.create("secretariat.officer", "SEC", "CALENDAR_OF_EVENTS", "Board: rounds spent",
        Map.of("data", calendar("First")));
    procedure.register(id, "CICA/SWG/BOARD/CAL-" + id);
    procedure.everyStateAnswers(id, Map.of("IN", amendment("Rename the forum.")));
    procedure.submit("secretariat.officer", id, Map.of("data", calendar("Second")));
    procedure.everyStateAnswers(id, Map.of("RU", objection("The calendar is overloaded.")));

    // then the ruling waits, and its task opens the ruling section
    assertThat(procedure.status(id)).isEqualTo("AWAITING_SWG_CHAIR");
    JsonNode tasks = ok(api.get("swg.chair", "/api/tasks?documentId=" + id)).get("items");
    assertThat(tasks.findValuesAsText("taskKey")).containsExactly("Task_DecideOnFurtherRounds");
    assertThat(tasks.get(0).get("page").asText()).isEqualTo("/documents/" + id + "#ruling");
    assertThat(TasklistHeadingsCheck.assertEveryTaskNamesTheDocument(historyService, id, "CICA/SWG/BOARD/CAL-" + id,
        "Board: rounds spent")).contains("Task_DecideOnFurtherRounds");
  }

  private static Map<String, Object> calendar(String edition) {
    return Map.of("year", 2023, "events", List.of(Map.of("title", edition + " CICA Youth Forum", "start", "2023-05-10",
        "end", "2023-05-11", "format", "VIDEOCONFERENCE")));
  }
}
