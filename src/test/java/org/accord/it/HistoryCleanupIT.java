package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camunda's history cleanup as configured in config/ keeps its history tables bounded: a document
 * adopted at a meeting leaves hundreds of rows of engine history, due for removal ten years after
 * its end; once due, the cleanup job removes every one of them, and nothing of Accord's own record
 * (the document, its positions, the decision, the dashboard's figures) goes with them: the statistics
 * API answers the same before and after.
 */
@AccordIntegrationTest
class HistoryCleanupIT extends ProcedureJourney {

  /** Camunda's history tables that keep a row's root process instance, and so its removal time. */
  private static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log",
      "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_comment", "act_hi_incident");
  private static final List<String> RECORD = List.of(
      "select count(*) from document where id = :document and status = 'ADOPTED'",
      "select count(*) from delegation_position p join negotiation_round r on r.id = p.round_id"
          + " where r.document_id = :document",
      "select count(*) from decision where document_id = :document",
      "select count(*) from statistics_document where document_id = :document and adopted_at is not null");
  /** The dashboard's business figures, as the API answers them, of every year and of this one. */
  private static final List<String> FIGURES = List.of("documents-by-stage", "cycle-time", "stage-time",
      "rounds-per-document", "response-time", "decisions", "silence-procedures", "throughput");

  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void dueHistoryIsRemovedInFullAndAccordsRecordStays() {
    long document = procedure.documentAwaitingMeeting("History to clean up", "CICA/IT/CLEANUP/");
    long meeting = procedure.convene("Meeting whose history is cleaned up",
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, document);
    ok(procedure.decide("soc.chair", meeting, document, "APPROVED"));
    procedure.attendance(meeting, "KZ", "CN");
    procedure.close(meeting);

    List<String> roots = new ArrayList<>();
    roots.add(root("document-approval", ProcessKeys.of(documents, document)));
    roots.add(root("soc-meeting", "meeting-" + meeting));
    Map<String, Long> before = historyRows(roots);
    Map<String, Long> record = record(document);
    Map<String, JsonNode> figures = figures();
    assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(100);
    assertThat(record.values()).allMatch(count -> count > 0);
    // config/: ten years for the document's procedure, five for the meeting, from each one's end
    assertThat(removalTime(roots.get(0))).isBetween(inDays(3649), inDays(3651));
    assertThat(removalTime(roots.get(1))).isBetween(inDays(1824), inDays(1826));

    // Ten years on, for these two only: their removal time is moved to the past, as time would
    Batch moving = history.setRemovalTimeToHistoricProcessInstances()
        .absoluteRemovalTime(Date.from(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toInstant()))
        .byIds(roots.toArray(String[]::new)).hierarchical().executeAsync();
    runJobsOf(moving);
    Job cleanup = history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 10 && management.createJobQuery().jobId(cleanup.getId()).count() > 0
        && historyRows(roots).values().stream().anyMatch(rows -> rows > 0); run++) {
      management.executeJob(cleanup.getId());
    }

    assertThat(historyRows(roots)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    assertThat(record(document)).isEqualTo(record);
    assertThat(figures()).isEqualTo(figures);
    assertThat(procedure.status(document)).isEqualTo("ADOPTED");
  }

  private String root(String processKey, String businessKey) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance.getEndTime()).as(processKey + " has ended").isNotNull();
    return instance.getRootProcessInstanceId();
  }

  private Date removalTime(String root) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult().getRemovalTime();
  }

  private static Date inDays(int days) {
    return Date.from(OffsetDateTime.now(ZoneOffset.UTC).plus(Duration.ofDays(days)).toInstant());
  }

  private Map<String, Long> historyRows(List<String> roots) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : HISTORY) {
      rows.put(table, jdbc.sql("select count(*) from " + table + " where root_proc_inst_id_ in (:roots)")
          .param("roots", roots).query(Long.class).single());
    }
    return rows;
  }

  private Map<String, Long> record(long document) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String query : RECORD) {
      counts.put(query, jdbc.sql(query).param("document", document).query(Long.class).single());
    }
    return counts;
  }

  private Map<String, JsonNode> figures() {
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    int thisYear = OffsetDateTime.now(ZoneOffset.UTC).getYear();
    for (String figure : FIGURES) {
      for (String query : List.of("", "?year=" + thisYear)) {
        answers.put(figure + query, ok(api.get("admin", "/api/admin/statistics/" + figure + query)));
      }
    }
    return answers;
  }

  /** The batch's seed, execution and monitor jobs, run here: the tests' engine has no job executor. */
  private void runJobsOf(Batch batch) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = new ArrayList<>();
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        jobs.addAll(management.createJobQuery().jobDefinitionId(definition).list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("The batch " + batch.getId() + " did not finish");
  }
}
