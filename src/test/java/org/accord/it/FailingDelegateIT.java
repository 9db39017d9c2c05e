package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step of the procedure that the engine runs on its own (a timer's delegate) and that keeps failing
 * is retried as the engine is configured (three attempts), then raises an incident that the
 * administrator sees with its document; once the cause is gone and the administrator retries, the
 * step completes. (A mail that keeps failing is retried by the outbox and shown as failed:
 * MailOutboxIT.)
 */
@AccordIntegrationTest
class FailingDelegateIT extends ProcedureJourney {

  private static final String SYMBOLS = "CICA/IT/FAILING/";

  @Autowired JdbcClient jdbc;

  @AfterEach
  void dropTheFault() {
    jdbc.sql("drop trigger if exists failing_delegate_it on position_change").update();
    jdbc.sql("drop function if exists failing_delegate_it()").update();
  }

  @Test
  void shouldRetryAFailingDeadlineThriceThenShowTheIncidentWithItsDocumentAndCompleteOnceRetried() {
    // given a silent round whose deadline has passed, and a fault that makes its delegate ("record
    // silence as no objection") fail: the database refuses the silent positions of this round
    clock.freeze();
    long id = procedure.conceptPaperInRound("Failing: the deadline's delegate", SYMBOLS);
    long roundId = procedure.lastRound(id).get("round").get("id").asLong();
    jdbc.sql("create function failing_delegate_it() returns trigger language plpgsql as $$ begin"
        + " if new.by_silence and new.round_id = " + roundId + " then"
        + " raise exception 'The record of silence is refused (FailingDelegateIT)'; end if;"
        + " return new; end $$").update();
    jdbc.sql("create trigger failing_delegate_it before insert on position_change for each row"
        + " execute function failing_delegate_it()").update();
    clock.advance(Duration.ofDays(15));
    String round = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(SYMBOLS + id)
        .processDefinitionKey("negotiation-round").singleResult().getId();
    List<Job> timers = managementService.createJobQuery().processInstanceId(round).timers().orderByJobDuedate().asc()
        .list();
    assertThat(timers).hasSize(2);
    managementService.executeJob(timers.get(0).getId()); // the reminder goes out
    Job deadline = managementService.createJobQuery().processInstanceId(round).timers().singleResult();
    assertThat(deadline.getRetries()).isEqualTo(3);

    // when the job executor runs the deadline, and it fails each time
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(deadline.getId()))
          .hasMessageContaining("The record of silence is refused");
      assertThat(managementService.createJobQuery().jobId(deadline.getId()).singleResult().getRetries())
          .as("retries left after attempt %d", attempt).isEqualTo(3 - attempt);
    }

    // then the engine gives up with an incident, the round stays open, and nothing of it is recorded
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(round).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getIncidentMessage()).contains("The record of silence is refused");
    assertThat(procedure.lastRound(id).get("round").hasNonNull("outcome")).isFalse();
    assertThat(procedure.lastRound(id).get("positions")).isEmpty();
    // and the administrator's health lists it with its document and the way to it in Cockpit
    JsonNode incidents = ok(api.get("admin", "/api/admin/statistics/health")).get("incidents");
    List<JsonNode> ours = StreamSupport.stream(incidents.spliterator(), false)
        .filter(listed -> listed.get("processInstanceId").asText().equals(round)).toList();
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).get("type").asText()).isEqualTo("failedJob");
    assertThat(ours.get(0).get("process").asText()).isEqualTo("negotiation-round");
    assertThat(ours.get(0).get("document").get("symbol").asText()).isEqualTo(SYMBOLS + id);
    assertThat(ours.get(0).get("document").get("title").asText()).isEqualTo("Failing: the deadline's delegate");
    assertThat(ours.get(0).get("cockpit").asText())
        .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + round + "/runtime");

    // when the fault is gone and the administrator gives the job one more try
    dropTheFault();
    managementService.setJobRetries(deadline.getId(), 1);
    managementService.executeJob(deadline.getId());

    // then the round closes in consensus (silence is no objection), and the incident is resolved
    assertThat(procedure.lastRound(id).get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(round).count()).isZero();
    JsonNode after = ok(api.get("admin", "/api/admin/statistics/health")).get("incidents");
    assertThat(StreamSupport.stream(after.spliterator(), false)
        .filter(listed -> listed.get("processInstanceId").asText().equals(round))).isEmpty();
  }
}
