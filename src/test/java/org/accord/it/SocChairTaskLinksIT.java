package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SOC Chair's tasks, made by the engine as the procedure runs, lead from My work to the
 * document page's section where each is done.
 */
@AccordIntegrationTest
class SocChairTaskLinksIT extends ProcedureJourney {

  private static final String SYMBOLS = "CICA/IT/SOC-LINKS/";

  @Test
  void shouldLeadEachOfTheSocChairsTasksToItsSectionOfTheDocumentPage() {
    // given a paper recommended by the SWG
    clock.freeze();
    long id = procedure.conceptPaperInRound("SOC Chair's links: paper", SYMBOLS);
    procedure.silentRoundsEndInConsensus(clock, id);

    // then the choice of route leads to the route section
    assertThat(chairsTask(id).get("taskKey").asText()).isEqualTo("Task_ChooseSocRoute");
    assertThat(chairsTask(id).get("page").asText()).isEqualTo("/documents/" + id + "#route");

    // and, silence chosen, circulating leads to the Chair's silence section
    procedure.route(id, "SILENCE");
    assertThat(chairsTask(id).get("taskKey").asText()).isEqualTo("Task_CirculateUnderSilence");
    assertThat(chairsTask(id).get("page").asText()).isEqualTo("/documents/" + id + "#silence-chair");

    // and, silence broken, so does the choice after the break
    ok(api.post("soc.chair", "/api/documents/" + id + "/silence-procedure",
        Map.of("expiresAt", clock.now().plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC).toString())));
    ok(api.post("ru.delegate1", "/api/documents/" + id + "/silence-breaks",
        Map.of("delegation", "RU", "kind", "OBJECTION", "text", "Russia objects to paragraph 1.")));
    assertThat(chairsTask(id).get("taskKey").asText()).isEqualTo("Task_ChooseAfterBreak");
    assertThat(chairsTask(id).get("page").asText()).isEqualTo("/documents/" + id + "#silence-chair");
  }

  private JsonNode chairsTask(long id) {
    JsonNode tasks = api.get("soc.chair", "/api/tasks?documentId=" + id).getBody();
    assertThat(tasks.get("total").asInt()).as("the SOC Chair's open tasks on the document").isEqualTo(1);
    return tasks.get("items").get(0);
  }
}
