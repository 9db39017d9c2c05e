package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on one of Accord's servers, as a person uses it: in a language, at a
 * width, signed in through the login form. {@link #assertReadable} is what every page must pass:
 * axe-core finds no serious or critical violation, nothing is wider than the window, and a screenshot
 * is kept in {@code target/screenshots} (the README shows some of them). Call
 * {@link BrowserTests#requireChromium()} before opening one.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final String root;

  private Browser(WebDriver driver, String root) {
    this.driver = driver;
    this.root = root;
  }

  /** A browser whose user reads {@code language} (a BCP 47 tag such as "ru-RU"), {@code width} pixels wide. */
  public static Browser open(int port, String language, int width) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTests.CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--lang=" + language, "--window-size=" + width + ",900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserTests.CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return root + path;
  }

  public void get(String path) {
    driver.get(url(path));
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Waits for an element, e.g. a section htmx loads after the page. */
  public WebElement awaitVisible(By by) {
    return await().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void resize(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
  }

  /** Signs in through the login form with the demo password and lands on "My work". */
  public void signIn(String user) {
    get("/login");
    find(By.id("username")).sendKeys(user);
    find(By.id("password")).sendKeys("accord");
    find(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    await().until(ExpectedConditions.urlToBe(url("/")));
  }

  /** Clicks what loads a new page, and waits until the old one is gone. */
  public void clickAndAwaitTheNextPage(WebElement element) {
    WebElement html = find(By.tagName("html"));
    element.click();
    awaitGone(html);
  }

  /**
   * Submits the form of a section htmx swaps (the first submit button in it) and returns the section
   * that answered, once the old one is gone.
   */
  public WebElement submitSection(String id) {
    WebElement section = find(By.id(id));
    section.findElement(By.cssSelector("button[type=submit]")).click();
    awaitGone(section);
    return awaitVisible(By.id(id));
  }

  /** Sets a field as its picker would: headless Chromium takes no typing into a date-time field. */
  public void setValue(By field, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(field), value);
  }

  /**
   * Waits until an element left the page, e.g. a section htmx swapped. Chromium may answer a question
   * about a node of the document being replaced with an inspector error instead of "stale": that too
   * means the node is gone.
   */
  public void awaitGone(WebElement element) {
    await().until(gone(element));
  }

  /** {@link #awaitGone}'s condition, for tests that drive their own WebDriver. */
  public static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException gone) {
        return true;
      } catch (WebDriverException maybe) {
        return String.valueOf(maybe.getMessage()).contains("does not belong to the document");
      }
    };
  }

  /**
   * What a link downloads, fetched in the signed-in session as the browser would save it: the status,
   * the media type and the body, on three lines and more. Headless Chromium keeps no downloads to read.
   */
  public String download(String href) {
    return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.text().then(body => done(r.status + '\\n' + r.headers.get('content-type')
            + '\\n' + body)), e => done(String(e)));""", href);
  }

  /** axe-core finds nothing serious, nothing is wider than the window, and a screenshot is kept. */
  public void assertReadable(String screenshot) {
    Accessibility.assertNoSeriousViolations(driver);
    long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as("horizontal scrolling on %s", driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    screenshot(screenshot);
  }

  /** The whole page, not only the window, as a PNG in target/screenshots. */
  public void screenshot(String name) {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    Dimension window = driver.manage().window().getSize();
    long height = (Long) script.executeScript("return document.documentElement.scrollHeight;");
    try {
      driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 6000)));
      script.executeScript("window.scrollTo(0, 0);");
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** One part of the page, such as a section, as a PNG in target/screenshots. */
  public void screenshot(By part, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), find(part).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
