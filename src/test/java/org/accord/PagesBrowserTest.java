package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.accord.silence.SilenceProcedures;
import org.accord.silence.SilenceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accord's pages as people open them, on the demo forum, in headless Chromium: each signed-in page
 * in English and in Russian, at laptop and at phone width, found by clicking, with axe-core finding no serious or
 * critical violation and nothing wider than the phone's screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class PagesBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SilenceProcedures silence;
  private Browser browser;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void shouldShowTheSignInPageInTheBrowsersLanguage() {
    browser = Browser.open(port, "ru-RU", 390);
    browser.get("/login");

    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accord");
    assertThat(browser.find(By.cssSelector("label[for=username]")).getText()).isEqualTo("Пользователь");
    browser.assertReadable("login-ru-phone");
  }

  @Test
  void shouldShowADelegateTheirWorkInEnglishAndRussianOnALaptopAndAPhone() {
    browser = Browser.open(port, "en-GB", 1280);
    browser.signIn("kz.delegate1");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My work");
    assertThat(browser.find(By.cssSelector(".document-work h2")).getText()).contains("CICA/SWG/2026/CP-ENERGY");
    browser.assertReadable("home-delegate-en");

    // the language switch, remembered for the user
    browser.find(By.cssSelector("form.language button[value=ru]")).click();
    browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Мои задачи"));
    browser.resize(390);
    browser.driver().navigate().refresh();
    assertThat(browser.find(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
    browser.assertReadable("home-delegate-ru-phone");
  }

  @Test
  void shouldLetTheSocChairWorkTheMeetingDeskAndChooseATimeZone() {
    browser = Browser.open(port, "en-GB", 1280);
    browser.signIn("soc.chair");
    browser.assertReadable("home-soc-chair");
    browser.find(By.linkText("Meetings")).click();
    browser.assertReadable("meetings");
    browser.find(By.cssSelector("main table a")).click();
    browser.assertReadable("meeting-in-session");

    browser.get("/preferences");
    browser.assertReadable("preferences");
    new Select(browser.find(By.id("timeZone"))).selectByValue("Europe/Moscow");
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
    assertThat(browser.find(By.cssSelector("footer.site")).getText()).contains("Europe/Moscow");

    browser.get("/desk/meetings/424242");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
    browser.assertReadable("not-found");
  }

  @Test
  void shouldLetAnObserverFindADocumentAndTheRegister() {
    browser = Browser.open(port, "en-GB", 1280);
    browser.signIn("un.observer");

    // the library, from the navigation, narrowed to the concept papers through the form
    browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Documents")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Documents");
    browser.assertReadable("library-observer");
    new Select(browser.find(By.id("filter-type"))).selectByValue("CONCEPT_PAPER");
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector(".list-filters button[type=submit]")));
    assertThat(browser.driver().getCurrentUrl()).contains("type=CONCEPT_PAPER");
    List<WebElement> types = browser.driver().findElements(By.cssSelector(".library-table tbody td[data-label=Type]"));
    assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(type.getText()).isEqualTo("Concept paper"));
    assertThat(new Select(browser.find(By.id("filter-type"))).getFirstSelectedOption().getText())
        .isEqualTo("Concept paper");
    browser.assertReadable("library-concept-papers");

    // a row opens the document's page
    String title = browser.find(By.cssSelector(".library-table tbody tr .title")).getText();
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector(".library-table tbody tr td[data-label=Document] a")));
    assertThat(browser.find(By.tagName("h1")).getText()).contains(title);

    // the register, from the navigation, with its downloads (the demo's SOC has not met yet)
    browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Decisions")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Decision register");
    assertThat(browser.find(By.partialLinkText("CSV")).getAttribute("href")).contains("/api/decisions.csv");
    browser.assertReadable("register-observer");
  }

  @Test
  void shouldShowAnAdministratorTheDemoForumOnTheDashboardInEnglishAndRussianOnAPhone() {
    browser = Browser.open(port, "en-GB", 1280);
    browser.signIn("admin");
    // the language is remembered per user: another test may have left the administrator in Russian
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form.language button[value=en]")));

    // the dashboard, from the navigation: the demo's eleven documents, its Energy round, its one adoption
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("nav a[href='/admin/dashboard']")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    // the demo's eleven documents, and any other test of this application added: as the library counts them
    long all = jdbc.sql("select count(*) from document").query(Long.class).single();
    long adopted = jdbc.sql("select count(*) from document where status = 'ADOPTED'").query(Long.class).single();
    long withdrawn = jdbc.sql("select count(*) from document where status = 'WITHDRAWN'").query(Long.class).single();
    assertThat(all).isGreaterThanOrEqualTo(11);
    assertThat(browser.find(By.xpath("//section[.//h2[@id='stages-heading']]/p")).getText()).isEqualTo(
        "Documents: " + all + "; under way: " + (all - adopted - withdrawn) + "; adopted: " + adopted + ".");
    assertThat(browser.find(By.cssSelector("table.late-rounds tbody")).getText()).contains("CP-ENERGY");
    assertThat(browser.find(By.id("health-heading")).getText()).isEqualTo("Health of the engine and of the mail");
    browser.assertReadable("dashboard-demo");

    // its figures say what the other pages say: the decisions the register holds, the rounds on the rounds
    // board (and those past their deadline), the silence procedures the documents' pages list
    List<Long> open = numbers(browser.find(By.xpath("//section[.//h2[@id='late-heading']]/p")).getText());
    long decisions = numbers(browser.find(By.xpath("//section[.//h2[@id='decisions-heading']]/p")).getText()).get(0);
    List<Long> silenceSummary = numbers(browser.find(
        By.xpath("//section[.//h2[@id='decisions-heading']]/h3/following-sibling::p[1]")).getText());
    List<Long> silenceTable = browser.driver().findElements(By.cssSelector("#silence-table tbody td[data-value]")).stream()
        .map(cell -> Long.parseLong(cell.getDomAttribute("data-value"))).toList();
    Map<SilenceStatus, Long> listed = new EnumMap<>(SilenceStatus.class);
    for (SilenceStatus status : SilenceStatus.values()) {
      listed.put(status, 0L);
    }
    jdbc.sql("select id from document").query(Long.class).list().forEach(document -> silence.ofDocument(document)
        .forEach(procedure -> listed.merge(procedure.status(), 1L, Long::sum)));
    assertThat(listed.values().stream().mapToLong(Long::longValue).sum()).as("the demo's silence procedures").isPositive();
    assertThat(silenceTable).containsExactlyElementsOf(listed.values());
    assertThat(silenceSummary).containsExactly(listed.get(SilenceStatus.ADOPTED), listed.get(SilenceStatus.BROKEN));

    browser.get("/decisions");
    WebElement count = browser.find(By.xpath("//section[.//h2[@id='results-heading']]/p"));
    assertThat(decisions).isEqualTo(count.getDomAttribute("class").contains("empty") ? 0 : numbers(count.getText()).get(0));
    browser.get("/rounds");
    assertThat(open).containsExactly(
        (long) browser.driver().findElements(By.cssSelector("table.board-table tbody tr")).size(),
        (long) browser.driver().findElements(By.cssSelector("table.board-table tbody strong.overdue")).size());
    assertThat(open.get(0)).as("the demo's open rounds").isPositive();
    browser.close();

    // the same page in Russian on a phone, its figures behind a chart opened as a table
    browser = Browser.open(port, "ru-RU", 390);
    browser.signIn("admin");
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form.language button[value=ru]")));
    browser.get("/admin/dashboard?year=20x6");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Панель мониторинга");
    assertThat(browser.find(By.cssSelector(".filter-note")).getText()).contains("20x6");
    assertThat(browser.find(By.id("dashboard-year")).getDomProperty("value")).isEqualTo("20x6");
    browser.find(By.cssSelector("#stages-table summary")).click();
    assertThat(browser.find(By.cssSelector("#stages-table caption")).getText()).isEqualTo("Документы по этапам и типам");
    browser.assertReadable("dashboard-demo-ru-phone");
  }

  /** The numbers of a sentence, in their order: "Open rounds: 2; past their deadline: 1." gives 2 and 1. */
  private static List<Long> numbers(String sentence) {
    return Pattern.compile("\\d+").matcher(sentence).results().map(number -> Long.parseLong(number.group())).toList();
  }

  @Test
  void shouldShowTheLibraryAndTheRegisterInRussianOnAPhone() {
    browser = Browser.open(port, "ru-RU", 390);
    browser.signIn("un.observer");

    browser.get("/documents?status=ADOPTED&year=abc");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Документы");
    assertThat(browser.find(By.cssSelector(".filter-note")).getText()).contains("«abc»");
    browser.assertReadable("library-ru-phone");

    browser.get("/decisions");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Реестр решений");
    assertThat(browser.find(By.partialLinkText("PDF")).getAttribute("href")).contains("language=ru");
    browser.assertReadable("register-ru-phone");
  }

  @Test
  void shouldShowTheAdministratorTheDemosOutboxWhereMailsWaitUnsentInEnglishAndRussian() {
    browser = Browser.open(port, "en-GB", 1280);
    browser.signIn("admin");
    // the language is remembered per user: another test may have left the administrator in Russian
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector("form.language button[value=en]")));

    // the outbox, from the navigation: the embedded default sends no mail, so every mail waits
    browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Mail outbox")));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mail outbox");
    assertThat(browser.find(By.cssSelector("main .message-notice")).getText()).contains("does not send mail");
    assertThat(Long.parseLong(browser.find(By.id("outbox-count-pending")).getText())).isPositive();
    assertThat(browser.find(By.id("outbox-count-failed")).getText()).isEqualTo("0");
    assertThat(browser.driver().findElements(By.cssSelector("form[action$='/retry']"))).isEmpty();
    browser.assertReadable("outbox-admin");

    // a search by recipient, then the same in Russian on a phone
    browser.find(By.id("search-recipient")).sendKeys("SECRETARIAT");
    browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector(".list-filters button[type=submit]")));
    List<WebElement> recipients = browser.driver().findElements(By.cssSelector(".outbox-table .recipient-user"));
    assertThat(recipients).isNotEmpty()
        .allSatisfy(recipient -> assertThat(recipient.getText()).containsIgnoringCase("secretariat"));
    browser.find(By.cssSelector("form.language button[value=ru]")).click();
    browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Исходящие письма"));
    browser.resize(390);
    browser.driver().navigate().refresh();
    browser.assertReadable("outbox-admin-ru-phone");
  }
}
