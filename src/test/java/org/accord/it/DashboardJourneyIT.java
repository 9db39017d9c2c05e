package org.accord.it;

import static org.accord.it.Procedure.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.Browser;
import org.accord.BrowserTests;
import org.accord.document.Documents;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrators' dashboard (issue 9) in headless Chromium on PostgreSQL, axe-core on every view:
 * the administrator watches it while the SOC Chair decides an item and a job of a round fails for good,
 * and the figures change in place, without the page being loaded again.
 */
@AccordIntegrationTest
class DashboardJourneyIT {

  /** The page asks for its figures every 30 seconds: a change shows within one round trip more. */
  private static final Duration REFRESH = Duration.ofSeconds(75);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Documents documents;
  @LocalServerPort int port;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @Test
  void theAdministratorWatchesTheFiguresChangeAsTheSocChairDecidesAndSeesAFailedJobWithItsDocument() {
    // given three papers negotiated over the last weeks, two adopted by silence
    Procedure procedure = new Procedure(new Api(rest));
    weeksOfHistory(procedure);

    // and a paper on the agenda of a meeting in session, and a paper in its first round
    long onAgenda = procedure.documentAwaitingMeeting("Dashboard journey: on the agenda", "CICA/SWG/IT/DB-A-");
    long meeting = procedure.convene("Meeting of the SOC: the dashboard's journey",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, onAgenda);
    long inRound = procedure.conceptPaperInRound("Dashboard journey: in its round", "CICA/SWG/IT/DB-R-");
    Job reminder = reminderOf(inRound);

    try (Browser browser = Browser.open(port, "en-GB", 1280)) {
      // when the administrator opens the dashboard from the navigation
      browser.signIn("admin");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/admin/dashboard']")));
      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Dashboard");
      int adopted = adoptedPapers(browser);
      int decisions = decisions(browser);
      assertThat(charted(browser, adopted)).as("the chart of the stages draws the table's count").isTrue();
      assertThat(drawnCharts(browser)).isEqualTo(browser.driver().findElements(By.cssSelector("figure.chart")).size());
      browser.assertReadable("dashboard-before");
      WebElement page = browser.find(By.tagName("html"));

      // and the SOC Chair approves the item on the agenda
      ok(procedure.decide("soc.chair", meeting, onAgenda, "APPROVED"));

      // then the figures change in place, the tables and the charts alike
      waitForTheRefresh(browser).until(driver -> adoptedPapers(browser) == adopted + 1);
      assertThat(decisions(browser)).isEqualTo(decisions + 1);
      assertThat(charted(browser, adopted + 1)).isTrue();
      assertThat(Browser.gone(page).apply(browser.driver())).as("the page was loaded again").isFalse();

      // when a job of the round in progress fails for good
      managementService.setJobRetries(reminder.getId(), 0);

      // then the health lists the incident with its document and the way to its process instance in Cockpit
      String round = reminder.getProcessInstanceId();
      waitForTheRefresh(browser).until(driver -> !driver.findElements(By.xpath(
          "//table[contains(@class,'failures')]//tr[.//a[contains(., 'DB-R-" + inRound + "')]]")).isEmpty());
      WebElement incident = browser.find(By.xpath(
          "//table[contains(@class,'failures')]//tr[.//a[contains(., 'DB-R-" + inRound + "')]]"));
      assertThat(incident.getText()).contains("Dashboard journey: in its round", "Negotiation round", "Open in Cockpit");
      assertThat(incident.findElement(By.cssSelector("a[href='/documents/" + inRound + "']")).isDisplayed()).isTrue();
      assertThat(incident.findElement(By.partialLinkText("Open in Cockpit")).getDomAttribute("href"))
          .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + round + "/runtime");
      browser.assertReadable("dashboard");

      // and the figures behind a chart read as a table, which stays open when the figures refresh
      browser.find(By.cssSelector("#stages-table summary")).click();
      assertThat(browser.find(By.cssSelector("#stages-table caption")).getText()).isEqualTo("Documents by stage and type");
      WebElement figures = browser.find(By.id("figures"));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "htmx.ajax('GET', arguments[0].getAttribute('hx-get'), {target: '#figures', swap: 'outerHTML'});", figures);
      browser.awaitGone(figures);
      browser.await().until(driver -> browser.find(By.id("stages-table")).getDomProperty("open").equals("true"));
      assertThat(charted(browser, adopted + 1)).isTrue();
      browser.assertReadable("dashboard-table");

      // the README's pictures: parts of the page drawn at 960 pixels, in a window that holds the whole page
      browser.driver().manage().window().setSize(new Dimension(960, 6000));
      browser.get("/admin/dashboard");
      browser.await().until(driver -> drawnCharts(browser) == driver.findElements(By.cssSelector("figure.chart")).size());
      long height = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
          "return document.documentElement.scrollHeight;");
      browser.driver().manage().window().setSize(new Dimension(960, (int) height + 100));
      for (String section : List.of("stages", "cycles", "health")) {
        browser.screenshot(By.cssSelector("section[aria-labelledby='" + section + "-heading']"), "dashboard-" + section);
      }
    } finally {
      managementService.setJobRetries(reminder.getId(), reminder.getRetries());
    }

    // and a reader of Russian on a phone gets the same page, in Russian, readable at 390 pixels
    try (Browser phone = Browser.open(port, "ru-RU", 390)) {
      phone.signIn("secretariat.officer");
      phone.get("/admin/dashboard");
      assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Панель мониторинга");
      assertThat(phone.driver().findElements(By.id("health-heading"))).isEmpty();
      phone.assertReadable("dashboard-ru-phone");
    }
    assertThat(procedure.status(onAgenda)).isEqualTo("ADOPTED");
  }

  /**
   * Three papers of Kazakhstan's, 40 days ago on the engine clock: Kazakhstan answers on each within two
   * hours, China on two within a day, Russia and India within five; the other delegations stay silent, so
   * the rounds end in consensus at their deadline. Two go under silence and are adopted three days later,
   * the third waits for a meeting.
   */
  private void weeksOfHistory(Procedure procedure) {
    EngineClock clock = new EngineClock(runtimeService, managementService, documents);
    try {
      clock.freezeAt(Instant.now().minus(Duration.ofDays(40)));
      List<Long> papers = new ArrayList<>();
      for (String area : List.of("Energy security", "Tourism routes", "Water resources")) {
        papers.add(procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Dashboard history: " + area,
            Map.of("text", "1. The member states cooperate on " + area.toLowerCase(Locale.ROOT) + ".")));
      }
      clock.advance(Duration.ofHours(4));
      papers.forEach(paper -> procedure.register(paper, "CICA/SWG/IT/DB-H-" + paper));
      clock.advance(Duration.ofHours(2));
      papers.forEach(paper -> ok(api().givePosition("kz.delegate1", paper, "KZ", "NO_OBJECTION", null)));
      clock.advance(Duration.ofHours(22));
      papers.subList(0, 2).forEach(paper -> ok(api().givePosition("cn.delegate1", paper, "CN", "NO_OBJECTION", null)));
      clock.advance(Duration.ofDays(4));
      ok(api().givePosition("ru.delegate1", papers.get(0), "RU", "NO_OBJECTION", null));
      ok(api().givePosition("in.delegate1", papers.get(2), "IN", "NO_OBJECTION", null));
      procedure.silentRoundsEndInConsensus(clock, papers.stream().mapToLong(Long::longValue).toArray());
      for (long paper : papers.subList(0, 2)) {
        procedure.route(paper, "SILENCE");
        ok(api().post("soc.chair", "/api/documents/" + paper + "/silence-procedure",
            Map.of("expiresAt", clock.now().plus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC).toString())));
      }
      procedure.route(papers.get(2), "MEETING");
      clock.advance(Duration.ofDays(3));
      papers.subList(0, 2).forEach(paper -> assertThat(clock.fireDueTimers(paper)).isEqualTo(1));
    } finally {
      EngineClock.reset();
    }
  }

  private Api api() {
    return new Api(rest);
  }

  private Job reminderOf(long paper) {
    String key = ProcessKeys.of(documents, paper);
    String round = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey("negotiation-round").singleResult().getId();
    List<Job> timers = managementService.createJobQuery().processInstanceId(round).timers().orderByJobDuedate().asc()
        .list();
    return timers.get(0);
  }

  /** The concept papers adopted, as the table of the stages says (the table may be folded away: its text still counts). */
  private static int adoptedPapers(Browser browser) {
    WebElement cell = browser.find(By.xpath(
        "//details[@id='stages-table']//tr[th[normalize-space()='Adopted']]/td[@data-label='Concept paper']"));
    return Integer.parseInt(cell.getDomProperty("textContent").trim());
  }

  /** "Decisions: 12." */
  private static int decisions(Browser browser) {
    String sentence = browser.find(By.xpath("//section[.//h2[@id='decisions-heading']]/p")).getText();
    return Integer.parseInt(sentence.replaceAll("\\D", ""));
  }

  /** Whether the stages' chart draws this many adopted concept papers. */
  private static boolean charted(Browser browser, int adopted) {
    Object drawn = ((JavascriptExecutor) browser.driver()).executeScript("""
        const chart = Chart.getChart(document.querySelector('#stages-chart canvas'));
        const adopted = chart.data.labels.indexOf('Adopted');
        return chart.data.datasets[0].data[adopted];""");
    return drawn instanceof Number number && number.intValue() == adopted;
  }

  private static long drawnCharts(Browser browser) {
    return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('figure.chart canvas')).filter(c => Chart.getChart(c)).length;");
  }

  /** A wait across htmx's refresh: an element read while the figures are swapped is read again. */
  private static WebDriverWait waitForTheRefresh(Browser browser) {
    WebDriverWait wait = new WebDriverWait(browser.driver(), REFRESH);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
