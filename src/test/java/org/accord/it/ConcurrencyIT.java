package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accord.document.Documents;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Delegations answer at the same moment; that is the normal case, not an edge case. */
@AccordIntegrationTest
class ConcurrencyIT {

  @Autowired TestRestTemplate rest;
  @Autowired Forum forum;
  @Autowired TaskService taskService;
  @Autowired Documents documents;

  @Test
  void shouldRecordEveryPositionWhenAllDelegationsAnswerAtOnce() throws Exception {
    // given a round open on a new document
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Concurrency: all at once");

    // when all 28 delegations give their positions at the same time
    List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
    for (Delegation state : forum.memberStates()) {
      calls.add(() -> api.givePosition(state.code().toLowerCase() + ".delegate1", id, state.code(), "NO_OBJECTION", null));
    }
    List<ResponseEntity<JsonNode>> responses = runTogether(calls);

    // then every one is recorded once, and the round closed exactly once in consensus
    assertThat(responses).allSatisfy(response ->
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED));
    JsonNode dossier = api.dossier(id);
    assertThat(dossier.get("rounds")).hasSize(1);
    assertThat(dossier.get("rounds").get(0).get("positions")).hasSize(28);
    assertThat(dossier.get("rounds").get(0).get("round").get("outcome").asText()).isEqualTo("CONSENSUS");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ProcessKeys.of(documents, id))
        .taskDefinitionKey("Task_ConfirmConsensus").count()).isEqualTo(1);
  }

  @Test
  void shouldKeepOnePositionWhenTwoDelegatesOfOneStateAnswerAtOnce() throws Exception {
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Concurrency: two delegates of one state");

    List<ResponseEntity<JsonNode>> responses = runTogether(List.of(
        () -> api.givePosition("kz.delegate1", id, "KZ", "NO_OBJECTION", null),
        () -> api.givePosition("kz.delegate2", id, "KZ", "AMENDMENT", "Add a paragraph on eco-tourism.")));

    assertThat(responses).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).hasSize(1);
  }

  private static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
