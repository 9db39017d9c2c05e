package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.accord.document.Document;
import org.accord.document.DocumentStatus;
import org.accord.document.Documents;
import org.accord.negotiation.GivePosition;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionKind;
import org.accord.security.CurrentUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8's four journeys on the demo forum a newcomer finds on the embedded default, by clicking
 * alone from the sign-in page: the SWG Chair, the Secretariat, an acting SOC Chair and the SOC Chair,
 * one after the other on the same forum (each takes up where the demo and the journey before left
 * it). Each language runs on a demo of its own; axe-core checks every page on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DemoChairJourneys {

  private static final String PASSWORD = "accord";
  private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
  /** The demo's coming meeting in the list of meetings (an earlier one is held already). */
  private static final String SEED_MEETING =
      "//main//table//a[normalize-space()='Meeting of the Senior Officials Committee (videoconference)']";

  @LocalServerPort int port;
  @Autowired Documents documents;
  @Autowired Negotiation negotiation;
  @Autowired TestRestTemplate rest;

  /** The words a reader of this language reads on the way. */
  record Words(String language, int width, String suffix, String russia, String iran, String israel,
      String consensusConfirmed, String agendaConfirmed, String published, String closed, String actingFor,
      String designate) {}

  abstract Words words();

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @Test
  @Order(1)
  void theSwgChairWatchesTheTrackerFillInExtendsTheDeadlineAndConfirmsAConsensusWithItsSummary() {
    Words words = words();
    Document energy = document("Concept paper on the CICA priority area \"Energy\"");
    Document transport = document("Concept paper on the CICA priority area \"Development of transport corridors\"");
    OffsetDateTime deadlineBefore = negotiation.rounds(energy.id()).get(1).deadline();
    try (Browser browser = Browser.open(port, words.language(), words.width())) {
      // when the SWG Chair opens the rounds board: the Energy paper's second round, fourteen answered
      browser.signIn("swg.chair");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/rounds']")));
      WebElement row = browser.find(By.xpath("//tr[.//a[contains(., 'CP-ENERGY')]]"));
      assertThat(row.getText()).contains("14");
      browser.assertReadable("demo-rounds-board" + words.suffix());

      // and follows it to the tracker, where Russia's position arrives while the Chair watches
      browser.clickAndAwaitTheNextPage(row.findElement(By.partialLinkText("CP-ENERGY")));
      assertThat(browser.find(By.cssSelector("#latest-round .tally")).getText()).startsWith("14");
      negotiation.give(energy.id(), new GivePosition("RU", PositionKind.NO_OBJECTION, null, null),
          new CurrentUser("ru.delegate1", List.of("delegation-ru")));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(driver ->
          driver.findElement(By.cssSelector("#latest-round .tally")).getText().startsWith("15"));
      WebElement russia = browser.find(By.xpath("//div[@id='latest-round']//tr[.//strong[normalize-space()='"
          + words.russia() + "']]"));
      assertThat(russia.getAttribute("class")).doesNotContain("silent");
      browser.assertReadable("demo-tracker-filled-in" + words.suffix());

      // and extends the round's deadline by a week, with a reason
      String deadline = browser.awaitVisible(By.id("extension-deadline")).getAttribute("value");
      browser.setValue(By.id("extension-deadline"), LocalDateTime.parse(deadline).plusDays(7).toString().substring(0, 16));
      browser.find(By.id("extension-reason")).sendKeys("Several capitals asked for more time over the holidays.");
      assertThat(browser.submitSection("extension").getText())
          .contains("Several capitals asked for more time over the holidays.");
      browser.assertReadable("demo-extended" + words.suffix());

      // when the Chair goes back to My work and opens the transport paper's confirmation
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/']")));
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., 'CP-TRANSPORT')]]"));
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));

      // then the round's summary, with Iran's reservation travelling with the text, comes before the button
      browser.awaitVisible(By.cssSelector("#consensus form"));
      assertThat(browser.find(By.id("consensus")).getText())
          .contains(words.iran(), "as its national transport programme allows");
      browser.assertReadable("demo-consensus" + words.suffix());
      browser.find(By.id("consensus-note")).sendKeys("Consensus at the SWG, with Iran's reservation.");
      assertThat(browser.submitSection("consensus").getText()).contains(words.consensusConfirmed());
    }
    assertThat(documents.get(transport.id()).status()).isEqualTo(DocumentStatus.RECOMMENDED);
    assertThat(negotiation.rounds(energy.id()).get(1).deadline()).isAfter(deadlineBefore.plusDays(6));
  }

  @Test
  @Order(2)
  void theSecretariatRegistersWithTheSuggestedSymbolConvenesAtTenInAstanaOrdersAndPublishesTheAgenda() {
    Words words = words();
    Document draft = document("Concept paper on the CICA priority area \"Environmental issues\"");
    try (Browser browser = Browser.open(port, words.language(), words.width())) {
      // when the Secretariat opens its queue and registers Tajikistan's draft under the symbol suggested
      browser.signIn("secretariat.officer");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/registrations']")));
      browser.assertReadable("demo-registrations" + words.suffix());
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("a[href='/documents/" + draft.id() + "/registration']")));
      String symbol = browser.find(By.id("registration-symbol")).getAttribute("value");
      assertThat(symbol).matches("CICA/SWG/\\d{4}/CP-\\d+");
      browser.assertReadable("demo-registration" + words.suffix());
      WebElement registration = browser.find(By.id("registration"));
      registration.findElement(By.cssSelector(".registration-form button[type=submit]")).click();
      browser.awaitGone(registration);
      assertThat(browser.awaitVisible(By.id("registration")).getText()).contains(symbol);

      // and convenes the SOC for 10:00 in Astana tomorrow
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/desk/meetings']")));
      browser.find(By.id("title")).sendKeys("Meeting of the Senior Officials Committee (Astana)");
      String tomorrow = LocalDateTime.now(ASTANA).plusDays(1).toLocalDate() + "T10:00";
      browser.setValue(By.id("startsAt"), tomorrow);
      new Select(browser.find(By.id("utcOffset"))).selectByValue("+05:00");
      browser.find(By.cssSelector("input[name=format][value=IN_PERSON]")).click();
      browser.find(By.id("place")).sendKeys("Astana, the CICA Secretariat");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action='/desk/meetings'] button[type=submit]")));
      assertThat(browser.find(By.tagName("main")).getText()).contains("10:00 (UTC+05:00)", "05:00 UTC");

      // and puts the two papers the SOC Chair sent to a meeting on its agenda, the second first
      List<WebElement> candidates = browser.driver().findElements(By.cssSelector("input[name=documentIds]"));
      assertThat(candidates).hasSize(2);
      candidates.forEach(WebElement::click);
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda'] button[type=submit]")));
      List<WebElement> items = browser.driver().findElements(By.cssSelector("table.agenda tbody tr"));
      String second = items.get(1).findElement(By.tagName("a")).getText();
      browser.clickAndAwaitTheNextPage(items.get(1).findElement(By.cssSelector("form[action$='/up'] button")));
      assertThat(browser.find(By.cssSelector("table.agenda tbody tr")).getText()).contains(second);
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda/confirmation'] button")));
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/agenda/publication'] button")));

      // then the agenda stands confirmed in that order, published to the forum
      assertThat(browser.find(By.tagName("main")).getText()).contains(words.agendaConfirmed(), words.published());
      assertThat(browser.find(By.cssSelector("table.agenda tbody tr")).getText()).contains(second);
      browser.assertReadable("demo-agenda-published" + words.suffix());
    }
    assertThat(documents.get(draft.id()).status()).isNotEqualTo(DocumentStatus.AWAITING_REGISTRATION);
  }

  /** Journey 4 before 3: the acting Chair opens the demo's meeting in the morning and decides its first item. */
  @Test
  @Order(3)
  void anActingSocChairDesignatedForTheDayOpensTheMeetingAndDecidesAnItem() {
    Words words = words();
    try (Browser chair = Browser.open(port, words.language(), words.width())) {
      // when the SOC Chair designates Kazakhstan's second delegate for the rest of the day
      chair.signIn("soc.chair");
      chair.clickAndAwaitTheNextPage(chair.find(By.cssSelector("nav a[href='/acting-chairs']")));
      WebElement form = chair.find(By.cssSelector("#seat-SOC_CHAIR form.designate-form"));
      new Select(form.findElement(By.id("acting-user-SOC_CHAIR"))).selectByValue("kz.delegate2");
      LocalDateTime astana = LocalDateTime.now(ASTANA);
      if (astana.getHour() == 23) {
        // so late in the day that the default period would end before the journey does
        chair.setValue(By.id("acting-until-SOC_CHAIR"), astana.plusHours(2).toString().substring(0, 16));
      }
      form.findElement(By.id("acting-reason-SOC_CHAIR")).sendKeys("Mission abroad in the morning");
      chair.clickAndAwaitTheNextPage(form.findElement(By.xpath(".//button[normalize-space()='" + words.designate() + "']")));
      assertThat(chair.find(By.id("seat-SOC_CHAIR")).getText()).contains("kz.delegate2", "Mission abroad in the morning");
      chair.assertReadable("demo-acting-designated" + words.suffix());
    }
    try (Browser acting = Browser.open(port, words.language(), words.width())) {
      // then the delegate, told on every page for whom they act, opens the meeting from the list
      acting.signIn("kz.delegate2");
      assertThat(acting.find(By.cssSelector(".acting-banner")).getText()).contains("soc.chair");
      acting.clickAndAwaitTheNextPage(acting.find(By.cssSelector("nav a[href='/desk/meetings']")));
      acting.clickAndAwaitTheNextPage(acting.find(By.xpath(SEED_MEETING)));
      acting.clickAndAwaitTheNextPage(acting.find(By.cssSelector("form[action$='/session'] button")));

      // and decides the first item, the Tourism paper, with China's reservation attached
      WebElement decide = acting.find(By.cssSelector("form.decide"));
      assertThat(decide.getText()).contains("CP-TOURISM", "China");
      assertThat(decide.findElement(By.cssSelector("input[value=APPROVED_WITH_RESERVATIONS]")).isSelected()).isTrue();
      decide.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
      acting.assertReadable("demo-acting-decides" + words.suffix());
      acting.clickAndAwaitTheNextPage(decide.findElement(By.cssSelector("button[type=submit]")));

      // and the decision is on the record as theirs, acting for the Chair
      assertThat(acting.find(By.tagName("main")).getText()).contains("kz.delegate2 (" + words.actingFor() + ")");
      acting.assertReadable("demo-acting-decided" + words.suffix());
    }
  }

  @Test
  @Order(4)
  void theSocChairRoutesToSilenceDecidesTheRestWithReservationsInViewClosesAndReadsTheSummaryRecord()
      throws IOException {
    Words words = words();
    Document ict = document("Concept paper on the CICA priority area \"Information and communication technologies\"");
    try (Browser browser = Browser.open(port, words.language(), words.width())) {
      // when the SOC Chair opens the ICT paper's route from My work and sends it under silence
      browser.signIn("soc.chair");
      WebElement work = browser.find(By.xpath("//section[contains(@class,'document-work')][.//h2[contains(., 'CP-ICT')]]"));
      browser.clickAndAwaitTheNextPage(work.findElement(By.cssSelector("a.button")));
      browser.awaitVisible(By.cssSelector("#route form")).findElement(By.id("route-SILENCE")).click();
      browser.assertReadable("demo-route" + words.suffix());
      browser.submitSection("route");

      // and circulates it, the expiry picked in Astana's time
      browser.clickAndAwaitTheNextPage(browser.awaitVisible(By.cssSelector("#route .next-step a")));
      browser.find(By.id("silence-note")).sendKeys("Circulated under silence as the SWG recommended.");
      assertThat(browser.submitSection("silence-chair").getText()).contains("UTC");
      browser.assertReadable("demo-circulated" + words.suffix());

      // and decides the meeting's other items, the reservations of the last rounds in view
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/desk/meetings']")));
      browser.clickAndAwaitTheNextPage(browser.find(By.xpath(SEED_MEETING)));
      int decided = 0;
      while (!browser.driver().findElements(By.cssSelector("form.decide")).isEmpty()) {
        WebElement decide = browser.find(By.cssSelector("form.decide"));
        if (decide.getText().contains("CAL-")) {
          assertThat(decide.getText()).contains(words.israel(), "entry arrangements");
          assertThat(decide.findElement(By.cssSelector("input[value=APPROVED_WITH_RESERVATIONS]")).isSelected()).isTrue();
          browser.assertReadable("demo-decide-with-reservations" + words.suffix());
        }
        if (decide.findElements(By.cssSelector("input[name=outcome]:checked")).isEmpty()) {
          decide.findElement(By.cssSelector("input[value=APPROVED]")).click();
        }
        decide.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        browser.clickAndAwaitTheNextPage(decide.findElement(By.cssSelector("button[type=submit]")));
        decided++;
      }
      assertThat(decided).isEqualTo(4);

      // and ticks every member state present, confirms the close and opens the summary record
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("button[name=select][value=all]")));
      assertThat(browser.driver().findElements(By.cssSelector("form[action$='/attendance'] input[type=checkbox]:checked")))
          .hasSize(28);
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/attendance'] button.primary")));
      browser.find(By.cssSelector("form[action$='/closure'] input[name=confirm]")).click();
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form[action$='/closure'] button[type=submit]")));
      assertThat(browser.find(By.tagName("main")).getText()).contains(words.closed());
      browser.assertReadable("demo-meeting-closed" + words.suffix());
      String summary = browser.find(By.cssSelector("a[href$='/summary.pdf']")).getAttribute("href");
      assertThat(browser.download(summary)).startsWith("200\napplication/pdf");

      // then the summary record names each decision, the acting Chair's with whom they acted for
      String record = pdfText(summary.substring(summary.indexOf("/api/"))).replaceAll("\\s+", " ");
      assertThat(record).contains("CP-TOURISM", "BUDGET-", "kz.delegate2 (acting for soc.chair)", "by soc.chair");
    }
    assertThat(documents.get(ict.id()).status()).isEqualTo(DocumentStatus.UNDER_SILENCE);
  }

  private String pdfText(String path) throws IOException {
    byte[] pdf = rest.withBasicAuth("soc.chair", PASSWORD).getForObject(path, byte[].class);
    try (PDDocument read = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(read);
    }
  }

  private Document document(String title) {
    return documents.page(null, null, 0, 100).stream().filter(document -> document.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("The demo has no document " + title));
  }
}
