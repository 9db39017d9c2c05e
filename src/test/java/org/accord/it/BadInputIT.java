package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad input gets a clear 4xx problem detail and leaves nothing behind. */
@AccordIntegrationTest
class BadInputIT {

  @Autowired TestRestTemplate rest;

  @Test
  void shouldRefuseAnObjectionWithoutReasonsAndRecordNothing() {
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Bad input: objection without reasons");

    ResponseEntity<JsonNode> response = api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "  ");

    assertProblem(response, HttpStatus.BAD_REQUEST, "needs a text");
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).isEmpty();
    assertThat(api.get("ru.delegate1", "/api/tasks?documentId=" + id).getBody().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void shouldRefuseInTheLanguageTheProgramAsksFor() {
    Api russian = new Api(rest).inRussian();
    long id = russian.documentInFirstRound("Bad input: refused in Russian");

    ResponseEntity<JsonNode> noReasons = russian.givePosition("ru.delegate1", id, "RU", "OBJECTION", " ");
    ResponseEntity<JsonNode> badSymbol = russian.post("secretariat.officer", "/api/documents/"
        + russian.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: symbol in Russian", "Draft")
        + "/registration", Map.of("symbol", "not a symbol!"));

    assertProblem(noReasons, HttpStatus.BAD_REQUEST, "Позиции «Возражение» нужен текст: причины.");
    assertThat(noReasons.getBody().get("title").asText()).isEqualTo("Неверные данные");
    assertProblem(badSymbol, HttpStatus.BAD_REQUEST,
        "Условное обозначение — от 1 до 64 букв, цифр и знаков / . _ -, например CICA/SWG/2022/CP-1.");
    assertThat(russian.dossier(id).get("rounds").get(0).get("positions")).isEmpty();
  }

  @Test
  void shouldRefuseUnknownKindsMalformedJsonAndObservers() {
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Bad input: kinds");

    assertProblem(api.givePosition("ru.delegate1", id, "RU", "MAYBE", null), HttpStatus.BAD_REQUEST, null);
    assertProblem(api.postRaw("ru.delegate1", "/api/documents/" + id + "/positions", "{\"delegation\": \"RU\","),
        HttpStatus.BAD_REQUEST, null);
    assertProblem(api.givePosition("un.observer", id, "UN", "NO_OBJECTION", null), HttpStatus.BAD_REQUEST,
        "holds no position");
    assertProblem(api.givePosition("ru.delegate1", id, "XX", "NO_OBJECTION", null), HttpStatus.BAD_REQUEST,
        "no delegation XX");
    assertThat(api.dossier(id).get("rounds").get(0).get("positions")).isEmpty();
  }

  @Test
  void shouldRefuseASecondPositionInTheSameRound() {
    Api api = new Api(rest);
    long id = api.documentInFirstRound("Bad input: second position");
    assertThat(api.givePosition("in.delegate1", id, "IN", "NO_OBJECTION", null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> second = api.givePosition("in.delegate2", id, "IN", "OBJECTION", "Changed our mind");

    assertProblem(second, HttpStatus.CONFLICT, "already given");
    JsonNode positions = api.dossier(id).get("rounds").get(0).get("positions");
    assertThat(positions).hasSize(1);
    assertThat(positions.get(0).get("kind").asText()).isEqualTo("NO_OBJECTION");
  }

  @Test
  void shouldRefuseStepsTheDocumentIsNotWaitingFor() {
    Api api = new Api(rest);
    long id = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: wrong state", "Draft");

    assertProblem(api.givePosition("kz.delegate1", id, "KZ", "NO_OBJECTION", null), HttpStatus.CONFLICT, "No round");
    assertProblem(api.post("kz.delegate1", "/api/documents/" + id + "/versions", Map.of("text", "v2")),
        HttpStatus.CONFLICT, null);
    assertProblem(api.post("swg.chair", "/api/documents/" + id + "/consensus", Map.of()), HttpStatus.CONFLICT, null);
    assertProblem(api.post("soc.chair", "/api/documents/" + id + "/soc-route", Map.of("route", "MEETING")),
        HttpStatus.CONFLICT, null);
    assertProblem(api.post("kz.delegate1", "/api/documents/" + id + "/withdrawal",
        Map.of("reason", " ")), HttpStatus.BAD_REQUEST, null);
    assertThat(api.dossier(id).get("versions")).hasSize(1);
  }

  @Test
  void shouldRefuseBadSymbolsAndTakenSymbols() {
    Api api = new Api(rest);
    long first = api.documentInFirstRound("Bad input: symbol taken");
    long second = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: symbol", "Draft");

    assertProblem(api.post("secretariat.officer", "/api/documents/" + second + "/registration",
        Map.of("symbol", "not a symbol!")), HttpStatus.BAD_REQUEST, "symbol");
    assertProblem(api.post("secretariat.officer", "/api/documents/" + second + "/registration",
        Map.of("symbol", "CICA/TEST/" + first)), HttpStatus.CONFLICT, "already given");
    JsonNode dossier = api.dossier(second);
    assertThat(dossier.get("document").get("status").asText()).isEqualTo("AWAITING_REGISTRATION");
    assertThat(dossier.get("document").has("symbol")).isFalse();
  }

  @Test
  void shouldRefuseBadDocumentsAndFiles() {
    Api api = new Api(rest);
    assertProblem(api.post("kz.delegate1", "/api/documents",
        Map.of("type", "NOVEL", "title", "x", "coordinator", "KZ")), HttpStatus.BAD_REQUEST, null);
    assertProblem(api.post("kz.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", " ", "coordinator", "KZ")), HttpStatus.BAD_REQUEST, null);
    assertProblem(api.post("kz.delegate1", "/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", "Observer paper", "coordinator", "UN")), HttpStatus.BAD_REQUEST, "observer");
    assertProblem(api.get("kz.delegate1", "/api/documents/999999"), HttpStatus.NOT_FOUND, null);
    assertProblem(api.get("kz.delegate1", "/api/documents/abc"), HttpStatus.BAD_REQUEST, null);
    assertProblem(api.get("kz.delegate1", "/api/tasks?size=1000"), HttpStatus.BAD_REQUEST, "size");

    long id = api.createDocument("kz.delegate1", "KZ", "CONCEPT_PAPER", "Bad input: file", null);
    assertProblem(api.upload("kz.delegate1", "/api/documents/" + id + "/versions", "photo.png",
        MediaType.IMAGE_PNG, new byte[] {1, 2, 3}), HttpStatus.BAD_REQUEST, "PDF, DOCX, ODT");
    assertProblem(api.upload("kz.delegate1", "/api/documents/" + id + "/versions", "empty.pdf",
        MediaType.APPLICATION_PDF, new byte[0]), HttpStatus.BAD_REQUEST, "empty");
    assertThat(api.dossier(id).get("versions")).isEmpty();
    assertThat(api.dossier(id).get("document").get("status").asText()).isEqualTo("AWAITING_DRAFT");
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody().has("trace")).isFalse();
    if (detail != null) {
      assertThat(response.getBody().get("detail").asText()).contains(detail);
    }
  }
}
