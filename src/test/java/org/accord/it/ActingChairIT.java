package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.accord.acting.ActingChairs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An acting SOC Chair through the API, on PostgreSQL: designated by the SOC Chair, they hold the
 * Chair's rights (and Camunda group) while the designation lasts and no longer; what they decide
 * records whom they acted for, in the register and the summary record; the designation is refused
 * when it overlaps another, when an acting chair hands the office on, or when another body's chair
 * ends it.
 */
@AccordIntegrationTest
class ActingChairIT extends ProcedureJourney {

  private static final String ACTING = "kz.delegate2";

  @Autowired IdentityService identity;
  @Autowired ActingChairs actingChairs;

  @AfterEach
  void endEveryDesignation() {
    for (JsonNode open : ok(api.get("soc.chair", "/api/acting-chairs?body=SOC_CHAIR"))) {
      api.post("soc.chair", "/api/acting-chairs/" + open.get("id").asLong() + "/end", Map.of());
    }
  }

  @Test
  void shouldLetTheActingChairDecideForTheChairWhileTheDesignationLastsAndRecordWhomTheyActedFor() throws IOException {
    // given a paper on the agenda of a meeting in session, and a member of Kazakhstan's delegation
    long paper = procedure.documentAwaitingMeeting("Acting chair: paper", "CICA/SWG/IT/ACT-");
    long meeting = procedure.convene("Meeting of the SOC: the acting Chair's",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    assertThat(procedure.decide(ACTING, meeting, paper, "APPROVED").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // when the SOC Chair designates them for the next eight hours
    JsonNode designation = ok(api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", ACTING, null, Instant.now().plus(Duration.ofHours(8)), "Mission to New York")));

    // then they are in the Chair's Camunda group, and decide the item, on the record as acting for the Chair
    assertThat(designation.hasNonNull("tookEffectAt")).isTrue();
    assertThat(identity.createUserQuery().userId(ACTING).memberOfGroup("soc-chair").count()).isEqualTo(1);
    JsonNode decided = ok(procedure.decide(ACTING, meeting, paper, "APPROVED"));
    assertThat(decided.get(0).get("decidedBy").asText()).isEqualTo(ACTING);
    assertThat(decided.get(0).get("actingFor").asText()).isEqualTo("soc.chair");

    // and an acting chair does not hand the office on, nor does the SWG Chair end the SOC Chair's designation
    assertThat(api.post(ACTING, "/api/acting-chairs", designation("SOC_CHAIR", "kz.delegate1", null,
        Instant.now().plus(Duration.ofHours(1)), null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    long id = designation.get("id").asLong();
    assertThat(api.post("swg.chair", "/api/acting-chairs/" + id + "/end", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // when the SOC Chair closes the meeting in person
    procedure.attendance(meeting, "KZ", "CN");
    JsonNode closed = procedure.close(meeting);
    assertThat(closed.get("closedBy").asText()).isEqualTo("soc.chair");
    assertThat(closed.hasNonNull("closedActingFor")).isFalse();

    // then the summary record says who decided, acting for whom
    ResponseEntity<byte[]> summary = rest.withBasicAuth("cn.delegate1", Api.DEMO_PASSWORD)
        .getForEntity("/api/meetings/" + meeting + "/summary.pdf", byte[].class);
    try (PDDocument pdf = Loader.loadPDF(summary.getBody())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("by " + ACTING + " (acting for soc.chair)");
    }

    // when the Chair ends the designation
    JsonNode ended = ok(api.post("soc.chair", "/api/acting-chairs/" + id + "/end", Map.of()));

    // then the rights end with it
    assertThat(ended.get("endedBy").asText()).isEqualTo("soc.chair");
    assertThat(ended.hasNonNull("lapsedAt")).isTrue();
    assertThat(identity.createUserQuery().userId(ACTING).memberOfGroup("soc-chair").count()).isZero();
    assertThat(api.get(ACTING, "/api/acting-chairs?body=SOC_CHAIR").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("soc.chair", "/api/acting-chairs/" + id + "/end", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldTakeEffectAndLapseOnTheClockAndRefuseAnOverlappingDesignation() {
    // given the SOC Chair designates Kazakhstan's delegate for a day starting in two days
    Instant t0 = clock.freeze();
    Instant from = t0.plus(Duration.ofDays(2));
    Instant until = from.plus(Duration.ofDays(1));
    JsonNode designation = ok(api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", ACTING, from, until, null)));
    assertThat(designation.hasNonNull("tookEffectAt")).isFalse();

    // when another is designated for a period that shares an hour with it, or nonsense is asked
    ResponseEntity<JsonNode> overlapping = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "kz.delegate1", until.minus(Duration.ofHours(1)), until.plus(Duration.ofDays(1)), null));
    ResponseEntity<JsonNode> backwards = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "kz.delegate1", until.plus(Duration.ofDays(3)), until.plus(Duration.ofDays(2)), null));
    ResponseEntity<JsonNode> nobody = api.post("soc.chair", "/api/acting-chairs",
        designation("SOC_CHAIR", "no.such.user", null, until, null));
    ResponseEntity<JsonNode> otherBody = api.post("soc.chair", "/api/acting-chairs",
        designation("SWG_CHAIR", "kz.delegate1", null, until, null));

    // then each is refused and says why
    assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overlapping.getBody().get("detail").asText()).contains(ACTING, "already designated");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getBody().get("detail").asText()).contains("no.such.user");
    assertThat(otherBody.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // when the clock reaches the period, and later passes its end
    actingChairs.bringUpToDate();
    boolean before = member();
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    actingChairs.bringUpToDate();
    boolean during = member();
    clock.advance(Duration.ofDays(1));
    actingChairs.bringUpToDate();

    // then the rights were held from its start to its end only
    assertThat(before).isFalse();
    assertThat(during).isTrue();
    assertThat(member()).isFalse();
    assertThat(actingChairs.get(designation.get("id").asLong()).lapsedAt()).isNotNull();
  }

  private boolean member() {
    return identity.createUserQuery().userId(ACTING).memberOfGroup("soc-chair").count() > 0;
  }

  private static Map<String, Object> designation(String body, String user, Instant from, Instant until, String reason) {
    Map<String, Object> request = new HashMap<>(Map.of("body", body, "user", user, "endsAt", until.toString()));
    if (from != null) {
      request.put("startsAt", from.toString());
    }
    if (reason != null) {
      request.put("reason", reason);
    }
    return request;
  }
}
