package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail on PostgreSQL: actions, sign-in failures, refusals and decisions are on it in a
 * chain; the database refuses to change an entry or a frozen version; and when rows are changed
 * behind Accord's back (its guards switched off), the version is not served and the verification
 * names the first broken link, until the rows are put back.
 */
@AccordIntegrationTest
class AuditTrailIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldChainEveryActionAndFindRowsChangedBehindAccordsBack() {
    // given an adopted paper, a failed sign-in and a delegate refused the administrators' endpoint
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long paper = procedure.documentAwaitingMeeting("Audit trail: paper " + System.nanoTime());
    long meeting = procedure.convene("Audit trail meeting", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
        "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    JsonNode decision = Procedure.ok(procedure.decide("soc.chair", meeting, paper, "APPROVED")).get(0);
    assertThat(rest.withBasicAuth("no.such.user", "wrong password").getForEntity("/api/documents", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.get("cn.delegate1", "/api/admin/audit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // then each is on the trail, and the chain holds
    List<String> actions = new ArrayList<>();
    Procedure.ok(api.get("admin", "/api/admin/audit?limit=500"))
        .forEach(entry -> actions.add(entry.get("action").asText() + " " + entry.path("actor").asText()));
    assertThat(actions).contains("DECISION_RECORDED soc.chair", "Meetings.decide soc.chair",
        "TASK_COMPLETED Task_DecideItem soc.chair", "SIGN_IN_FAILED no.such.user", "REFUSED REQUEST cn.delegate1",
        "Meetings.convene secretariat.officer");
    JsonNode intact = Procedure.ok(api.get("admin", "/api/admin/audit/verification"));
    assertThat(intact.get("broken")).isEmpty();
    assertThat(intact.get("decisions").asLong()).isPositive();

    // when anyone with access to the database tries to change the trail or the adopted version, it refuses
    long lastEntry = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
    assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'nobody' where id = ?").param(lastEntry).update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("The audit trail is append-only");
    assertThatThrownBy(() -> jdbc.sql("update document_version set content = ? where document_id = ?")
        .params("A different text".getBytes(), paper).update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("A frozen version is never changed");

    // when someone switches the guards off and changes the decision, the version's text and an entry
    long decisionId = decision.get("id").asLong();
    long entry = jdbc.sql("select min(id) from audit_entry where action = 'DECISION_RECORDED' and subject = ?")
        .param("decision:" + decisionId).query(Long.class).single();
    byte[] adopted = jdbc.sql("select content from document_version where document_id = ? and number = 1")
        .param(paper).query(byte[].class).single();
    String detail = jdbc.sql("select detail from audit_entry where id = ?").param(entry - 1).query(String.class).single();
    behindAccordsBack("update decision set outcome = 'RETURNED_TO_SWG' where id = " + decisionId, "decision");
    behindAccordsBack("update audit_entry set detail = 'nothing happened' where id = " + (entry - 1), "audit_entry");
    jdbc.sql("alter table document_version disable trigger user").update();
    jdbc.sql("update document_version set content = ? where document_id = ? and number = 1").params("Forged".getBytes(), paper)
        .update();
    jdbc.sql("alter table document_version enable trigger user").update();

    // then the version is not served, the administrators hear of it, and the verification names each change
    ResponseEntity<JsonNode> served = api.get("kz.delegate1", "/api/documents/" + paper + "/versions/1/content");
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(served.getBody().get("detail").asText()).contains("version 1 of document " + paper,
        "no longer matches");
    JsonNode broken = Procedure.ok(api.get("admin", "/api/admin/audit/verification")).get("broken");
    assertThat(broken.get(0).get("what").asText()).isEqualTo("entry " + (entry - 1));
    assertThat(broken.get(0).get("why").asText()).isEqualTo("its content no longer matches its hash");
    List<String> found = new ArrayList<>();
    broken.forEach(link -> found.add(link.get("what").asText() + ": " + link.get("why").asText()));
    assertThat(found).contains("decision " + decision.get("number").asText() + ": changed since it was recorded",
        "version 1 of document " + paper + ": its bytes no longer match their SHA-256");
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INTEGRITY_FAILURE' and subject = ?")
        .param("version 1 of document " + paper).query(Long.class).single()).isEqualTo(1L);

    // when the rows are put back as they were, the chain holds again
    behindAccordsBack("update decision set outcome = 'APPROVED' where id = " + decisionId, "decision");
    jdbc.sql("alter table audit_entry disable trigger user").update();
    jdbc.sql("update audit_entry set detail = ? where id = ?").params(detail, entry - 1).update();
    jdbc.sql("alter table audit_entry enable trigger user").update();
    jdbc.sql("alter table document_version disable trigger user").update();
    jdbc.sql("update document_version set content = ? where document_id = ? and number = 1").params(adopted, paper)
        .update();
    jdbc.sql("alter table document_version enable trigger user").update();
    assertThat(Procedure.ok(api.get("admin", "/api/admin/audit/verification")).get("broken")).isEmpty();
  }

  private void behindAccordsBack(String update, String table) {
    jdbc.sql("alter table " + table + " disable trigger user").update();
    try {
      jdbc.sql(update).update();
    } finally {
      jdbc.sql("alter table " + table + " enable trigger user").update();
    }
  }
}
