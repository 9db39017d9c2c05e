package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.accord.Browser;
import org.accord.BrowserTests;
import org.accord.it.Procedure.Say;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chairs' and the Secretariat's desks (issue 8) clicked through in headless Chromium on
 * PostgreSQL, each journey in English on a laptop and in Russian on a phone, axe-core on every page.
 */
@AccordIntegrationTest
class ChairJourneysIT {

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  /** Who clicks: an English reader on a laptop, a Russian one on a phone, and the words each one reads. */
  enum Reader {
    ENGLISH_LAPTOP("en-GB", 1280, "", "Rounds", "1, on version 1", "in 13 days", "Not sent", "My work",
        "Consensus is confirmed; the text is recommended to the SOC.", "14 May 2031, 10:00 (UTC+05:00)",
        "Move item 2 up", "Agenda confirmed", "Published to the forum on", "Closed"),
    RUSSIAN_PHONE("ru-RU", 390, "-ru", "Раунды", "1, по версии 1", "через 13 дней", "Не отправлено", "Мои задачи",
        "Консенсус подтверждён; текст рекомендован КСДЛ.", "14 мая 2031, 10:00 (UTC+05:00)",
        "Поднять пункт 2 выше", "Повестка дня утверждена", "Разослана участникам форума", "Закрыто");

    final String language;
    final int width;
    final String suffix;
    final String rounds;
    final String firstRound;
    final String thirteenDaysLeft;
    final String notReminded;
    final String myWork;
    final String consensusConfirmed;
    final String tenInAstana;
    final String moveSecondUp;
    final String agendaConfirmed;
    final String published;
    final String closed;

    Reader(String language, int width, String suffix, String rounds, String firstRound, String thirteenDaysLeft,
        String notReminded, String myWork, String consensusConfirmed, String tenInAstana, String moveSecondUp,
        String agendaConfirmed, String published, String closed) {
      this.language = language;
      this.width = width;
      this.suffix = suffix;
      this.rounds = rounds;
      this.firstRound = firstRound;
      this.thirteenDaysLeft = thirteenDaysLeft;
      this.notReminded = notReminded;
      this.myWork = myWork;
      this.consensusConfirmed = consensusConfirmed;
      this.tenInAstana = tenInAstana;
      this.moveSecondUp = moveSecondUp;
      this.agendaConfirmed = agendaConfirmed;
      this.published = published;
      this.closed = closed;
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void theSwgChairExtendsADeadlineFromTheRoundsBoardAndConfirmsAConsensusWithItsSummaryInView(Reader reader) {
    // given one paper whose round is open, and one whose round ended in consensus with Viet Nam's reservation
    Procedure procedure = new Procedure(new Api(rest));
    long open = procedure.conceptPaperInRound("Chair journey: open round", "CICA/SWG/IT/CP-OPEN-");
    long agreed = procedure.conceptPaperInRound("Chair journey: consensus", "CICA/SWG/IT/CP-AGREED-");
    procedure.everyStateAnswers(agreed, Map.of("VN",
        Say.reservation("Viet Nam takes part within its available national resources.")));

    try (Browser browser = Browser.open(port, reader.language, reader.width)) {
      // when the SWG Chair opens the rounds board and goes to the open round's tracker
      browser.signIn("swg.chair");
      browser.clickAndAwaitTheNextPage(browser.find(By.linkText(reader.rounds)));
      WebElement row = browser.find(By.xpath("//tr[.//a[contains(., 'CP-OPEN-" + open + "')]]"));
      assertThat(row.getText()).contains(reader.firstRound, "28", reader.thirteenDaysLeft, reader.notReminded);
      browser.assertReadable("chair-rounds-board" + reader.suffix);
      browser.clickAndAwaitTheNextPage(row.findElement(By.partialLinkText("CP-OPEN-" + open)));

      // and extends its deadline by a week, with a reason
      String deadline = browser.awaitVisible(By.id("extension-deadline")).getAttribute("value");
      browser.setValue(By.id("extension-deadline"), LocalDateTime.parse(deadline).plusDays(7).toString().substring(0, 16));
      browser.find(By.id("extension-reason")).sendKeys("Several capitals asked for more time over the holidays.");

      // then the new deadline and the reason are on the record
      assertThat(browser.submitSection("extension").getText())
          .contains("Several capitals asked for more time over the holidays.");
      browser.assertReadable("chair-extended" + reader.suffix);

      // when the Chair opens the confirmation of the other paper from My work
      browser.clickAndAwaitTheNextPage(browser.find(By.linkText(reader.myWork)));
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., 'CP-AGREED-"
          + agreed + "')]]"));
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));

      // then the round's summary and the reservation travelling with the text come before the button
      browser.awaitVisible(By.cssSelector("#consensus form"));
      assertThat(browser.find(By.id("consensus")).getText()).contains("Viet Nam", "within its available national resources");
      browser.assertReadable("chair-consensus" + reader.suffix);
      browser.find(By.id("consensus-note")).sendKeys("Consensus at the SWG, with Viet Nam's reservation.");
      assertThat(browser.submitSection("consensus").getText()).contains(reader.consensusConfirmed);
    }
    assertThat(procedure.status(agreed)).isNotEqualTo("AWAITING_CONSENSUS");
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void theSecretariatRegistersWithTheSuggestedSymbolConvenesAtTenInAstanaOrdersAndPublishesTheAgenda(Reader reader) {
    // given a draft awaiting registration and two papers the SWG recommended for a meeting
    Procedure procedure = new Procedure(new Api(rest));
    long draft = procedure.create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Secretariat journey: a new draft " + reader.language,
        Map.of("text", "1. A first paragraph.\n2. A second paragraph."));
    long first = procedure.documentAwaitingMeeting("Secretariat journey: first", "CICA/SWG/IT/SJ-A-");
    long second = procedure.documentAwaitingMeeting("Secretariat journey: second", "CICA/SWG/IT/SJ-B-");

    try (Browser browser = Browser.open(port, reader.language, reader.width)) {
      // when the Secretariat registers the draft from its queue, under the symbol suggested
      browser.signIn("secretariat.officer");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/registrations']")));
      browser.assertReadable("secretariat-queue" + reader.suffix);
      WebElement queued = browser.find(By.xpath("//tr[.//a[contains(., 'Secretariat journey: a new draft "
          + reader.language + "')]]"));
      browser.clickAndAwaitTheNextPage(queued.findElement(By.cssSelector("a[href='/documents/" + draft + "/registration']")));
      String symbol = browser.find(By.id("registration-symbol")).getAttribute("value");
      assertThat(symbol).matches("CICA/SWG/\\d{4}/CP-\\d+");
      browser.assertReadable("secretariat-registration" + reader.suffix);
      WebElement registration = browser.find(By.id("registration"));
      registration.findElement(By.cssSelector(".registration-form button[type=submit]")).click();
      browser.awaitGone(registration);
      assertThat(browser.awaitVisible(By.id("registration")).getText()).contains(symbol);

      // and convenes a meeting for 10:00 in Astana
      browser.get("/desk/meetings");
      browser.find(By.id("title")).sendKeys("Meeting of the SOC: the Secretariat's journey");
      browser.setValue(By.id("startsAt"), "2031-05-14T10:00");
      new org.openqa.selenium.support.ui.Select(browser.find(By.id("utcOffset"))).selectByValue("+05:00");
      browser.find(By.cssSelector("input[name=format][value=VIDEOCONFERENCE]")).click();
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action='/desk/meetings'] button[type=submit]")));
      assertThat(browser.find(By.tagName("main")).getText()).contains(reader.tenInAstana, "05:00 UTC");

      // and puts both papers on the agenda, the second first, confirms and publishes it
      browser.find(By.cssSelector("input[name=documentIds][value='" + first + "']")).click();
      browser.find(By.cssSelector("input[name=documentIds][value='" + second + "']")).click();
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda'] button[type=submit]")));
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("button[aria-label='" + reader.moveSecondUp + "']")));
      assertThat(browser.find(By.cssSelector("table.agenda tbody tr")).getText()).contains("SJ-B-" + second);
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda/confirmation'] button")));
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda/publication'] button")));

      // then the agenda is confirmed in that order and published to the forum
      assertThat(browser.find(By.tagName("main")).getText()).contains(reader.agendaConfirmed, reader.published);
      assertThat(browser.find(By.cssSelector("table.agenda tbody tr")).getText()).contains("SJ-B-" + second);
      browser.assertReadable("secretariat-agenda-published" + reader.suffix);
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void theSocChairRoutesToSilenceDecidesWithTheReservationsInViewAndClosesTheMeeting(Reader reader) {
    // given a paper waiting for its route, and one on the agenda of a meeting in session, with China's reservation
    Procedure procedure = new Procedure(new Api(rest));
    long toRoute = procedure.conceptPaperInRound("SOC Chair journey: to route", "CICA/SWG/IT/SC-R-");
    procedure.everyStateAnswers(toRoute, Map.of());
    procedure.confirmConsensus(toRoute);
    long onAgenda = procedure.conceptPaperInRound("SOC Chair journey: on the agenda", "CICA/SWG/IT/SC-A-");
    procedure.everyStateAnswers(onAgenda, Map.of("CN", Say.reservation("China reads paragraph 1 as a statement of intent.")));
    procedure.confirmConsensus(onAgenda);
    procedure.route(onAgenda, "MEETING");
    long meeting = procedure.convene("Meeting of the SOC: the Chair's journey",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, onAgenda);

    try (Browser browser = Browser.open(port, reader.language, reader.width)) {
      // when the SOC Chair opens the route from My work and sends the first paper under silence
      browser.signIn("soc.chair");
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., 'SC-R-"
          + toRoute + "')]]"));
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));
      browser.awaitVisible(By.cssSelector("#route form")).findElement(By.id("route-SILENCE")).click();
      browser.assertReadable("soc-chair-route" + reader.suffix);
      browser.submitSection("route");
      assertThat(procedure.status(toRoute)).isNotEqualTo("RECOMMENDED");

      // and decides the meeting's item with China's reservation in view
      browser.get("/desk/meetings/" + meeting);
      WebElement decide = browser.find(By.id("decide-" + onAgenda));
      assertThat(decide.getText()).contains("China", "statement of intent");
      assertThat(decide.findElement(By.id("outcome-" + onAgenda + "-APPROVED_WITH_RESERVATIONS")).isSelected()).isTrue();
      decide.findElement(By.id("password-" + onAgenda)).sendKeys(Api.DEMO_PASSWORD);
      browser.assertReadable("soc-chair-decide" + reader.suffix);
      browser.clickAndAwaitTheNextPage(decide.findElement(By.cssSelector("button[type=submit]")));

      // and records every member state present, confirms the close and opens the summary record
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("button[name=select][value=all]")));
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/attendance'] button.primary")));
      browser.find(By.cssSelector("form[action$='/closure'] input[name=confirm]")).click();
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/closure'] button[type=submit]")));
      assertThat(browser.find(By.tagName("main")).getText()).contains(reader.closed);
      browser.assertReadable("soc-chair-closed" + reader.suffix);
      String record = browser.download(browser.find(By.cssSelector("a[href='/api/meetings/" + meeting + "/summary.pdf']"))
          .getAttribute("href"));
      assertThat(record).startsWith("200\napplication/pdf");
    }
    assertThat(procedure.status(onAgenda)).isEqualTo("ADOPTED");
  }

  @Test
  void anActingSocChairDesignatedForTheDayDecidesAnItemAndTheRecordSaysForWhom() {
    actingChairDecides("en-GB", 1280, "Acting chairs", "Designate", "acting for soc.chair", "acting");
  }

  @Test
  void anActingSocChairDoesTheSameInRussianOnAPhone() {
    actingChairDecides("ru-RU", 390, "Исполняющие обязанности", "Назначить", "от имени soc.chair", "acting-ru");
  }

  /**
   * Journey 4: the SOC Chair designates Kazakhstan's second delegate for the rest of the day; the
   * delegate, told on every page whom they act for, decides the meeting's item, and the desk and the
   * summary record name the Chair they acted for.
   */
  private void actingChairDecides(String language, int width, String navigation, String designate, String actingFor,
      String screenshots) {
    Procedure procedure = new Procedure(new Api(rest));
    long paper = procedure.documentAwaitingMeeting("Acting Chair journey " + language, "CICA/SWG/IT/AC-" + language + "-");
    long meeting = procedure.convene("Meeting of the SOC: the acting Chair's journey " + language,
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(1), "VIDEOCONFERENCE", null);
    procedure.agenda(meeting, paper);
    try {
      try (Browser chair = Browser.open(port, language, width)) {
        // when the SOC Chair opens "Acting chairs" and designates Kazakhstan's second delegate for the day
        chair.signIn("soc.chair");
        chair.clickAndAwaitTheNextPage(chair.find(By.linkText(navigation)));
        WebElement form = chair.find(By.cssSelector("#seat-SOC_CHAIR form.designate-form"));
        new Select(form.findElement(By.id("acting-user-SOC_CHAIR"))).selectByValue("kz.delegate2");
        LocalDateTime astana = LocalDateTime.now(java.time.ZoneId.of("Asia/Almaty"));
        if (astana.getHour() == 23) {
          // so late in the day that the default period would be over before the journey is
          chair.setValue(By.id("acting-until-SOC_CHAIR"), astana.plusHours(2).toString().substring(0, 16));
        }
        form.findElement(By.id("acting-reason-SOC_CHAIR")).sendKeys("Mission abroad");
        chair.assertReadable(screenshots + "-designate");
        chair.clickAndAwaitTheNextPage(form.findElement(By.xpath(".//button[normalize-space()='" + designate + "']")));

        // then the designation is in effect, with a way to end it
        assertThat(chair.find(By.id("seat-SOC_CHAIR")).getText()).contains("kz.delegate2", "Mission abroad");
        assertThat(chair.find(By.cssSelector("[role=status]")).getText()).contains("kz.delegate2");
        chair.assertReadable(screenshots + "-designated");
      }
      try (Browser acting = Browser.open(port, language, width)) {
        // when the delegate signs in: every page says whom they act for
        acting.signIn("kz.delegate2");
        assertThat(acting.find(By.cssSelector(".acting-banner")).getText()).contains("soc.chair");

        // and decides the meeting's item at the desk
        acting.get("/desk/meetings/" + meeting);
        WebElement decide = acting.find(By.id("decide-" + paper));
        decide.findElement(By.id("outcome-" + paper + "-APPROVED")).click();
        decide.findElement(By.id("password-" + paper)).sendKeys(Api.DEMO_PASSWORD);
        acting.clickAndAwaitTheNextPage(decide.findElement(By.cssSelector("button[type=submit]")));

        // then the decision is on the record as taken by them, acting for the Chair
        assertThat(acting.find(By.tagName("main")).getText()).contains("kz.delegate2 (" + actingFor + ")");
        acting.assertReadable(screenshots + "-decided");
      }
    } finally {
      for (var open : Procedure.ok(new Api(rest).get("soc.chair", "/api/acting-chairs?body=SOC_CHAIR"))) {
        new Api(rest).post("soc.chair", "/api/acting-chairs/" + open.get("id").asLong() + "/end", Map.of());
      }
    }
    assertThat(procedure.status(paper)).isEqualTo("ADOPTED");
  }
}
