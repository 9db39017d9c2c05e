package org.accord.it;

import static org.accord.it.BrowserSession.shown;
import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.it.Procedure.Say;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The document page on the real modules and PostgreSQL, read as a browser reads it: the tracker and
 * the compilation of a round, the comparison of a revision, a budget checked against its staff matrix.
 */
@AccordIntegrationTest
class DocumentPageIT {

  private static final String SEC = "secretariat.officer";
  private static final String DRAFT = """
      The Member States recognise energy security as a shared concern.

      The Member States will exchange experience in the field of energy.

      The coordinators will report to the SOC every year.""";

  @Autowired TestRestTemplate rest;

  @Test
  void shouldShowTheRoundTheCompilationAndWhatTheRevisionChanged() throws Exception {
    // given a concept paper in its first round: India amends paragraph 2, Russia objects, Kazakhstan is silent
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Document page: energy", Map.of("data",
        paper(DRAFT)));
    procedure.register(id, "CICA/SWG/IT/CP-PAGE-" + id);
    ok(api.post("in.delegate1", "/api/documents/" + id + "/positions", Map.of("delegation", "IN", "kind", "AMENDMENT",
        "text", "Insert \"in renewable energy\" after \"experience\".", "anchor", "¶2")));
    ok(api.givePosition("ru.delegate1", id, "RU", "OBJECTION", "The paper <b>duplicates</b> other forums."));

    // when an observer opens the document
    BrowserSession observer = signedIn("un.observer");
    String page = shown(observer.get("/documents/" + id));

    // then the tracker marks who blocks and who is silent, and the compilation sets the amendment beside ¶2
    assertThat(row(page, "India")).contains("Amendment", "Blocks consensus", "href=\"#p-2\"");
    assertThat(row(page, "Russia")).contains("Objection", "The paper &lt;b&gt;duplicates&lt;/b&gt; other forums.");
    assertThat(row(page, "Kazakhstan")).contains("Silent: no position yet");
    assertThat(page).contains("<strong>2</strong> <span>of 28 answered</span>", "<li id=\"p-2\">",
        "The Member States will exchange experience in the field of energy.")
        .doesNotContain("hx-get=\"/documents/" + id + "/position\"");
    String compilation = page.substring(page.indexOf("<section id=\"compilation\""));
    String secondParagraph = compilation.substring(compilation.indexOf("¶2"), compilation.indexOf("¶3"));
    assertThat(secondParagraph).contains("India", "in renewable energy").doesNotContain("Russia");

    // and a delegate of Kazakhstan finds the room for the delegation's position
    assertThat(shown(signedIn("kz.delegate1").get("/documents/" + id)))
        .contains("hx-get=\"/documents/" + id + "/position\"", "Your delegation");

    // when the others answer, and the coordinator revises paragraph 2
    procedure.everyStateAnswersExcept(id, java.util.Set.of("IN", "RU"), Map.of());
    procedure.submit("kz.delegate1", id, Map.of("data",
        paper(DRAFT.replace("experience in the field", "experience in renewable energy in the field")),
        "note", "India's amendment accepted"));

    // then the comparison marks the words inserted, and round 2 is open on version 2
    String diff = shown(observer.get("/documents/" + id + "/versions/1/diff/2"));
    assertThat(diff).contains("What changed from version 1 to version 2")
        .containsPattern("<ins><span class=\"visually-hidden\">added:</span><span>[^<]*renewable energy[^<]*</span></ins>");
    assertThat(shown(observer.get("/documents/" + id))).contains("Round 2, on version 2", "India&#39;s amendment accepted");
  }

  @Test
  void shouldCheckABudgetsStaffLineAgainstItsStaffMatrix() throws Exception {
    // given a budget and the staff matrix travelling with it, whose figures agree
    Api api = new Api(rest);
    Procedure procedure = new Procedure(api);
    long budget = procedure.create(SEC, "SEC", "BUDGET", "Document page: budget", Map.of());
    long matrix = procedure.create(SEC, "SEC", "STAFF_MATRIX", "Document page: staff matrix",
        Map.of("packageOf", budget, "data", Map.of("year", 2031, "currency", "USD", "posts", List.of(
            Map.of("title", "Secretary General", "grade", "USG", "number", 1, "annualCost", 250_000),
            Map.of("title", "Counsellor", "grade", "P-5", "number", 3, "annualCost", 105_000)))));
    procedure.submit(SEC, budget, Map.of("data", Map.of("year", 2031, "lines", List.of(
        Map.of("category", "STAFF", "amount", 565_000, "currency", "USD"),
        Map.of("category", "PREMISES", "amount", 240_000, "currency", "USD")))));

    // when the Secretariat reads both
    BrowserSession secretariat = signedIn(SEC);
    String budgetPage = shown(secretariat.get("/documents/" + budget));
    String matrixPage = shown(secretariat.get("/documents/" + matrix));

    // then each shows its figures, the total, the check against the other, and the way to the other
    assertThat(budgetPage).contains("565,000.00 USD", "805,000.00 USD", "staff-check agrees",
        "href=\"/documents/" + matrix + "\"");
    assertThat(matrixPage).contains("Counsellor", "315,000.00 USD", "565,000.00 USD", "staff-check agrees",
        "href=\"/documents/" + budget + "\"");
  }

  private BrowserSession signedIn(String user) throws Exception {
    return BrowserSession.signedIn(rest.getRootUri(), user);
  }

  private static Map<String, Object> paper(String text) {
    Map<String, Object> paper = new HashMap<>(Map.of("priorityArea", "Energy", "dimension", "ECONOMIC",
        "coordinators", List.of("KZ"), "coCoordinators", List.of("AZ")));
    paper.put("text", text);
    return paper;
  }

  /** The tracker's row of a member state. */
  private static String row(String page, String state) {
    Matcher row = Pattern.compile("<tr[^>]*>\\s*<td data-label=\"Member state\"><strong>" + Pattern.quote(state)
        + "</strong>.*?</tr>", Pattern.DOTALL).matcher(page);
    assertThat(row.find()).as("the row of " + state).isTrue();
    return row.group();
  }
}
