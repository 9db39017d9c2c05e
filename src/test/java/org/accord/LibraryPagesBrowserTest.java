package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The document library and the decision register as an observer uses them, on the demo forum, in
 * headless Chromium: found by clicking, filtered through the form, in English at laptop width and in
 * Russian at phone width, with axe-core finding no serious or critical violation and nothing wider
 * than the phone's screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:library-pages;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class LibraryPagesBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  private WebDriver browser;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void shouldLetAnObserverFindADocumentAndTheRegister() throws IOException {
    open("en-GB", 1280);
    signIn("un.observer");

    // the library, from the navigation, narrowed to the concept papers through the form
    browser.findElement(By.linkText("Documents")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Documents");
    assertPageIsReadable("library-observer");
    new Select(browser.findElement(By.id("filter-type"))).selectByValue("CONCEPT_PAPER");
    browser.findElement(By.cssSelector(".list-filters button[type=submit]")).click();
    assertThat(browser.getCurrentUrl()).contains("type=CONCEPT_PAPER");
    List<WebElement> types = browser.findElements(By.cssSelector(".library-table tbody td[data-label=Type]"));
    assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(type.getText()).isEqualTo("Concept paper"));
    assertThat(new Select(browser.findElement(By.id("filter-type"))).getFirstSelectedOption().getText())
        .isEqualTo("Concept paper");
    assertPageIsReadable("library-concept-papers");

    // a row opens the document's page
    String title = browser.findElement(By.cssSelector(".library-table tbody tr .title")).getText();
    browser.findElement(By.cssSelector(".library-table tbody tr td[data-label=Document] a")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);

    // the register, from the navigation, with its downloads (the demo's SOC has not met yet)
    browser.findElement(By.linkText("Decisions")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Decision register");
    assertThat(browser.findElement(By.partialLinkText("CSV")).getAttribute("href")).contains("/api/decisions.csv");
    assertPageIsReadable("register-observer");
  }

  @Test
  void shouldShowBothListsInRussianOnAPhone() throws IOException {
    open("ru-RU", 390);
    signIn("un.observer");

    browser.get(url("/documents?status=ADOPTED&year=abc"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Документы");
    assertThat(browser.findElement(By.cssSelector(".filter-note")).getText()).contains("«abc»");
    assertPageIsReadable("library-ru-phone");

    browser.get(url("/decisions"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Реестр решений");
    assertThat(browser.findElement(By.partialLinkText("PDF")).getAttribute("href")).contains("language=ru");
    assertPageIsReadable("register-ru-phone");
  }

  private void open(String language, int width) {
    System.setProperty("webdriver.chrome.driver", BrowserTests.CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTests.CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--lang=" + language, "--window-size=" + width + ",900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTests.CHROMEDRIVER.toFile())
        .build(), options);
  }

  private void signIn(String user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("accord");
    browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
  }

  /** axe-core finds nothing serious, nothing is wider than the window, and a screenshot is kept. */
  private void assertPageIsReadable(String name) throws IOException {
    Accessibility.assertNoSeriousViolations(browser);
    long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as("horizontal scrolling on %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
