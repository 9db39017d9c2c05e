package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On PostgreSQL a decision and its reservations, once recorded, cannot be changed or deleted. */
@AccordIntegrationTest
class DecisionRegisterWrittenOnceIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRefuseToChangeOrDeleteARecordedDecision() {
    // given a decision of the SOC, with the reservation of a statement made at the meeting
    Procedure procedure = new Procedure(new Api(rest));
    long document = procedure.documentAwaitingMeeting("Concept paper on register integrity " + System.nanoTime());
    long meeting = procedure.convene("Register integrity meeting", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, document);
    JsonNode decision = Procedure.ok(procedure.decide("soc.chair", meeting, document, "APPROVED_WITH_RESERVATIONS",
        "CN", "China joins consensus on the understanding that the text is not binding.")).get(0);
    long id = decision.get("id").asLong();

    // when anyone with access to the database tries to alter it, then the database refuses
    assertThatThrownBy(() -> jdbc.sql("update decision set outcome = 'RETURNED_TO_SWG' where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("The decision register is written once: UPDATE of decision");
    assertThatThrownBy(() -> jdbc.sql("delete from decision_reservation where decision_id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("The decision register is written once: DELETE of decision_reservation");

    // and the register still says what was decided
    assertThat(jdbc.sql("select outcome from decision where id = ?").param(id).query(String.class).single())
        .isEqualTo("APPROVED_WITH_RESERVATIONS");
    assertThat(jdbc.sql("select count(*) from decision_reservation where decision_id = ?").param(id)
        .query(Long.class).single()).isEqualTo(1L);
  }
}
