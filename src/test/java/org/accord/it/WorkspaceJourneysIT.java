package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.Browser;
import org.accord.BrowserTests;
import org.accord.it.Procedure.Say;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace's journeys (issue 7), clicked through in headless Chromium on PostgreSQL, with
 * axe-core run on every page on the way and screenshots kept for the README. The documents are put
 * where each journey starts through the API; from there on only the browser acts.
 */
@AccordIntegrationTest
class WorkspaceJourneysIT {

  /** A draft as the forum writes them: a title, then paragraphs carrying their own numbers. */
  private static final String DRAFT = """
      CICA Concept Paper on the priority area "Energy"

      1. Reliable and affordable energy underpins the development of every member state.
      2. The member states will exchange experience in energy efficiency.
      3. Kazakhstan coordinates and Azerbaijan co-coordinates the priority area.""";

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({
      "en-GB, 1280, My work, What changed, Amendment, Reservation or interpretative statement, Give the position, Change the position",
      "ru-RU, 1280, Мои задачи, Что изменилось, Поправка, Оговорка или заявление о толковании, Представить позицию, Изменить позицию",
      "ru-RU, 390, Мои задачи, Что изменилось, Поправка, Оговорка или заявление о толковании, Представить позицию, Изменить позицию"})
  void aDelegateOpensTheTaskReadsTheDiffAmendsParagraphTwoThenMakesItAReservation(String language, int width,
      String myWork, String whatChanged, String amendment, String reservation, String give, String change) {
    // given a concept paper in its second round, on a revision that answered India's amendment
    Procedure procedure = new Procedure(new Api(rest));
    long id = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Journey " + language + " " + width,
        Map.of("data", paper(DRAFT)));
    String symbol = "CICA/SWG/IT/CP-J" + id;
    procedure.register(id, symbol);
    procedure.everyStateAnswers(id, Map.of("IN", Say.amendment("Insert \"renewable\" before \"energy\".")));
    procedure.submit("kz.delegate1", id, Map.of("data",
        paper(DRAFT.replace("experience in energy efficiency", "experience in renewable energy and efficiency")),
        "note", "India's amendment accepted."));
    String shots = "journey1-" + language.substring(0, 2) + (width < 600 ? "-phone" : "");

    try (Browser browser = Browser.open(port, language, width)) {
      // when Russia's delegate opens the task from home
      browser.signIn("ru.delegate1");
      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(myWork);
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., '"
          + symbol + "')]]"));
      assertThat(work.getText()).contains("2");
      browser.assertReadable(shots + "-home");
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));
      assertThat(browser.driver().getCurrentUrl()).contains("/documents/" + id);
      browser.awaitVisible(By.cssSelector("#position form.position-form"));
      browser.assertReadable(shots + "-document");

      // and reads what changed since version 1
      browser.clickAndAwaitTheNextPage(browser.find(By.xpath("//section[@id='versions']//a[normalize-space()='"
          + whatChanged + "']")));
      assertThat(browser.driver().findElements(By.xpath("//main//ins[contains(., 'renewable')]"))).isNotEmpty();
      browser.assertReadable(shots + "-diff");
      browser.driver().navigate().back();

      // and gives an amendment to paragraph 2
      int tasks = Integer.parseInt(browser.find(By.id("work-count")).getText());
      WebElement form = browser.awaitVisible(By.cssSelector("#position form.position-form"));
      assertThat(form.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo(give);
      form.findElement(By.id("position-kind-AMENDMENT")).click();
      form.findElement(By.id("position-text")).sendKeys("Add \"and hydrogen\" after \"renewable energy\".");
      new Select(form.findElement(By.id("position-anchor"))).selectByValue("¶2");
      submit(browser, form);

      // then the section shows it, with its paragraph, and offers to change it; the task is done
      WebElement section = browser.awaitVisible(By.cssSelector("#position form.position-form"));
      browser.await().until(ExpectedConditions.textToBe(By.id("work-count"), tasks == 1 ? "" : String.valueOf(tasks - 1)));
      assertThat(browser.find(By.id("position")).getText()).contains(amendment, "and hydrogen", "¶2");
      assertThat(section.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo(change);
      assertThat(new Select(section.findElement(By.id("position-anchor"))).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("¶2");

      // when the delegate makes it a reservation
      section.findElement(By.id("position-kind-RESERVATION")).click();
      WebElement text = section.findElement(By.id("position-text"));
      text.clear();
      text.sendKeys("Russia takes part within its available national resources.");
      submit(browser, section);

      // then the tracker shows the reservation, which does not block consensus, and the change on record
      browser.awaitVisible(By.cssSelector("#position form.position-form"));
      browser.driver().navigate().refresh();
      browser.awaitVisible(By.cssSelector("#position form.position-form"));
      WebElement russia = browser.find(By.xpath("//section[@id='rounds']//tr[.//strong[normalize-space()='"
          + (language.startsWith("ru") ? "Россия" : "Russia") + "']]"));
      assertThat(russia.getText()).contains(reservation, "within its available national resources")
          .doesNotContain(amendment);
      browser.assertReadable(shots + "-changed");
      browser.screenshot(By.id("compilation"), shots + "-compilation");
      browser.screenshot(By.id("rounds"), shots + "-tracker");
    }
  }

  @Test
  void aCoordinatorRevisesACalendarInTheTableEditorAndTheNextRoundOpens() {
    // given the Secretariat's calendar, on which Kazakhstan asked to drop an event
    Procedure procedure = new Procedure(new Api(rest));
    long id = procedure.create("secretariat.officer", "SEC", "CALENDAR_OF_EVENTS", "Calendar of events: journey",
        Map.of("data", calendar()));
    procedure.register(id, "CICA/SWG/IT/CAL-J" + id);
    procedure.everyStateAnswers(id, Map.of("KZ", Say.amendment("Drop the Tourism Forum; rename the SWG meeting.")));

    try (Browser browser = Browser.open(port, "en-GB", 1280)) {
      // when the Secretariat opens the revision from home
      browser.signIn("secretariat.officer");
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., 'CAL-J"
          + id + "')]]"));
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));
      browser.awaitVisible(By.id("revision-events"));
      browser.assertReadable("journey3-revision");

      // and removes the second event, renames the first and submits the version
      browser.find(By.cssSelector("#revision-events-1 button.remove")).click();
      browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#revision-events tbody tr"), 1));
      WebElement title = browser.find(By.id("revision-events-0-title"));
      title.clear();
      title.sendKeys("Meeting of the Special Working Group (Astana)");
      browser.find(By.id("revision-note")).sendKeys("Kazakhstan's amendment accepted.");
      browser.find(By.cssSelector("#revision-form button.primary")).click();

      // then the next round opens on version 2, with the calendar as revised
      browser.awaitGone(title);
      String outcome = browser.awaitVisible(By.id("coordinator")).getText();
      browser.screenshot("journey3-submitted");
      browser.get("/documents/" + id);
      assertThat(browser.find(By.id("rounds")).getText()).as(outcome).contains("Round 2, on version 2");
      assertThat(browser.find(By.id("text")).getText()).contains("Meeting of the Special Working Group (Astana)")
          .doesNotContain("CICA Tourism Forum");
      browser.assertReadable("journey3-next-round");
    }
  }

  @Test
  void anObserverFindsAnAdoptedDocumentInTheLibraryReadsItsDecisionAndDownloadsTheRegister() {
    // given a concept paper the SOC approved at a meeting now closed
    Procedure procedure = new Procedure(new Api(rest));
    long id = procedure.documentAwaitingMeeting("Concept paper on the priority area \"Water\"", "CICA/SWG/IT/CP-W");
    String symbol = "CICA/SWG/IT/CP-W" + id;
    long meeting = procedure.convene("Meeting of the SOC: journey", OffsetDateTime.now(ZoneOffset.UTC), "IN_PERSON",
        "Astana");
    procedure.agenda(meeting, id);
    String number = Procedure.ok(procedure.decide("soc.chair", meeting, id, "APPROVED")).get(0).get("number").asText();
    procedure.attendance(meeting, "KZ", "CN", "RU");
    procedure.close(meeting);

    try (Browser browser = Browser.open(port, "en-GB", 1280)) {
      // when an observer looks for it in the library, by its symbol and among the adopted
      browser.signIn("un.observer");
      browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Documents")));
      browser.find(By.id("filter-text")).sendKeys(symbol);
      new Select(browser.find(By.id("filter-status"))).selectByValue("ADOPTED");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[role=search] button[type=submit]")));
      assertThat(browser.driver().getCurrentUrl()).contains("status=ADOPTED");
      browser.assertReadable("journey4-library");
      browser.clickAndAwaitTheNextPage(browser.find(By.partialLinkText(symbol)));

      // then the document page shows the decision, its number and the meeting it was taken at
      WebElement decisions = browser.find(By.id("decisions"));
      assertThat(decisions.getText()).contains(number, "Approved", "Meeting of the SOC: journey");
      assertThat(browser.find(By.cssSelector(".stages")).getText()).contains("Adopted");
      browser.assertReadable("journey4-adopted");

      // and the register's CSV, downloaded from there, lists it
      String csv = browser.download(decisions.findElement(By.partialLinkText("(CSV)")).getAttribute("href"));
      assertThat(csv).startsWith("200\ntext/csv").contains(number, symbol);

      // and the register page finds it by its symbol too
      browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Decisions")));
      browser.find(By.id("filter-text")).sendKeys(symbol);
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[role=search] button[type=submit]")));
      assertThat(browser.find(By.tagName("main")).getText()).contains(number, symbol);
      browser.assertReadable("journey4-register");
    }
  }

  /** Submits a form htmx posts, and waits for the section it replaces. */
  private static void submit(Browser browser, WebElement form) {
    WebElement section = browser.find(By.id("position"));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.awaitGone(section);
  }

  private static Map<String, Object> paper(String text) {
    Map<String, Object> paper = new HashMap<>(Map.of("priorityArea", "Energy", "dimension", "ECONOMIC",
        "coordinators", List.of("KZ"), "coCoordinators", List.of("AZ")));
    paper.put("text", text);
    return paper;
  }

  private static Map<String, Object> calendar() {
    return Map.of("year", 2031, "events", List.of(
        Map.of("title", "Meeting of the Special Working Group", "start", "2031-03-14", "end", "2031-03-14",
            "format", "IN_PERSON", "hostState", "KZ"),
        Map.of("title", "CICA Tourism Forum", "start", "2031-06-20", "end", "2031-06-21", "format", "HYBRID",
            "hostState", "TR", "dimension", "ECONOMIC")));
  }
}
