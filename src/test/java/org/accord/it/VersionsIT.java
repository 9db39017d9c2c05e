package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A version's structured data with a file beside it; comparison; iCalendar; the lists. */
@AccordIntegrationTest
class VersionsIT {

  private static final String SEC = "secretariat.officer";

  @Autowired TestRestTemplate rest;

  @Test
  void shouldKeepStructuredDataWithAnAttachedFileAndCompareVersions() {
    // given a calendar of events submitted as data with its PDF beside it
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.create(SEC, "SEC", "CALENDAR_OF_EVENTS", "Calendar of events: versions", Map.of());
    byte[] pdf = "%PDF-1.4\n% the calendar, as circulated\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    ResponseEntity<JsonNode> first = uploadWithFile(id, calendar("2023-03-14"), pdf);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("mediaType").asText()).isEqualTo("application/json");
    assertThat(first.getBody().get("attachmentName").asText()).isEqualTo("calendar-2023.pdf");

    // when the SWG asks for a change and the Secretariat moves an event
    procedure.register(id, "CICA/SWG/2022/CAL-V");
    procedure.everyStateAnswers(id, Map.of("KZ", Procedure.Say.amendment("Move the SWG meeting by a week.")));
    procedure.submit(SEC, id, Map.of("data", calendar("2023-03-21"), "note", "SWG meeting moved by a week"));

    // then the attachment is downloaded as uploaded, the versions compare, and the calendar exports
    byte[] attachment = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForObject("/api/documents/" + id + "/versions/1/attachment", byte[].class);
    assertThat(attachment).isEqualTo(pdf);
    JsonNode diff = api.get("kz.delegate1", "/api/documents/" + id + "/versions/1/diff/2").getBody();
    assertThat(diff.toString()).contains("2023-03-14", "2023-03-21");
    ResponseEntity<String> ics = rest.withBasicAuth("kz.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/documents/" + id + "/calendar.ics", String.class);
    assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
    assertThat(ics.getBody()).contains("DTSTART;VALUE=DATE:20230321");

    // and the document lists find it by status and type
    JsonNode listed = api.get("un.observer", "/api/documents?status=IN_NEGOTIATION&type=CALENDAR_OF_EVENTS&size=200").getBody();
    assertThat(listed.get("items").findValuesAsText("title")).contains("Calendar of events: versions");
    assertThat(api.get("un.observer", "/api/documents?status=NONSENSE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ok(api.get("un.observer", "/api/decisions?year=2023&size=10")).get("page").asInt()).isZero();
  }

  private ResponseEntity<JsonNode> uploadWithFile(long id, Map<String, Object> data, byte[] pdf) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.APPLICATION_PDF);
    var file = new ByteArrayResource(pdf) {
      @Override
      public String getFilename() {
        return "calendar-2023.pdf";
      }
    };
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new HttpEntity<>(file, partHeaders));
    form.add("data", toJson(data));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(SEC, Api.DEMO_PASSWORD).exchange("/api/documents/" + id + "/versions", HttpMethod.POST,
        new HttpEntity<>(form, headers), JsonNode.class);
  }

  private static String toJson(Map<String, Object> data) {
    try {
      return new ObjectMapper().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> calendar(String swgStart) {
    return Map.of("year", 2023, "events", List.of(
        Map.of("title", "Meeting of the Special Working Group", "start", swgStart, "end", swgStart,
            "format", "IN_PERSON", "hostState", "KZ"),
        Map.of("title", "CICA Tourism Forum", "start", "2023-06-20", "end", "2023-06-21", "format", "HYBRID",
            "hostState", "TR", "dimension", "ECONOMIC")));
  }
}
