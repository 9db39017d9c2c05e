package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accord's pages as people open them, on the demo forum, in headless Chromium: each signed-in page
 * in English and in Russian, at laptop and at phone width, with axe-core finding no serious or
 * critical violation and nothing wider than the phone's screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1", "accord.demo=true"})
class PagesBrowserTest {

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
  void shouldShowTheSignInPageInTheBrowsersLanguage() throws IOException {
    open("ru-RU", 390);
    browser.get(url("/login"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accord");
    assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Пользователь");
    assertPageIsReadable("login-ru-phone");
  }

  @Test
  void shouldShowADelegateTheirWorkInEnglishAndRussianOnALaptopAndAPhone() throws IOException {
    open("en-GB", 1280);
    signIn("kz.delegate1");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My work");
    assertThat(browser.findElement(By.cssSelector(".document-work h2")).getText()).contains("CICA/SWG/2026/CP-ENERGY");
    assertPageIsReadable("home-delegate-en");

    // the language switch, remembered for the user
    browser.findElement(By.cssSelector("form.language button[value=ru]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Мои задачи"));
    browser.manage().window().setSize(new Dimension(390, 900));
    browser.navigate().refresh();
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("ru");
    assertPageIsReadable("home-delegate-ru-phone");
  }

  @Test
  void shouldLetTheSocChairWorkTheMeetingDeskAndChooseATimeZone() throws IOException {
    open("en-GB", 1280);
    signIn("soc.chair");
    assertPageIsReadable("home-soc-chair");
    browser.findElement(By.linkText("Meetings")).click();
    assertPageIsReadable("meetings");
    browser.findElement(By.cssSelector("main table a")).click();
    assertPageIsReadable("meeting-in-session");

    browser.get(url("/preferences"));
    assertPageIsReadable("preferences");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("timeZone"))).selectByValue("Europe/Moscow");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    assertThat(browser.findElement(By.cssSelector("footer.site")).getText()).contains("Europe/Moscow");

    browser.get(url("/desk/meetings/424242"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    assertPageIsReadable("not-found");
  }

  private void open(String language, int width) {
    System.setProperty("webdriver.chrome.driver", BrowserTests.CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTests.CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--lang=" + language, "--window-size=" + width + ",900");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
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
