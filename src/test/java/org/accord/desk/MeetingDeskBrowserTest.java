package org.accord.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.accord.Browser;
import org.accord.BrowserTests;
import org.accord.decision.DecisionRegister;
import org.accord.decision.Reservation;
import org.accord.decision.SocOutcome;
import org.accord.document.Documents;
import org.accord.document.Registration;
import org.accord.document.DocumentType;
import org.accord.document.Submission;
import org.accord.forum.Delegation;
import org.accord.forum.Forum;
import org.accord.meeting.MeetingFormat;
import org.accord.meeting.Meetings;
import org.accord.meeting.MeetingStatus;
import org.accord.negotiation.ConsensusConfirmation;
import org.accord.negotiation.GivePosition;
import org.accord.negotiation.Negotiation;
import org.accord.negotiation.PositionKind;
import org.accord.decision.RouteChoice;
import org.accord.decision.SocRoute;
import org.accord.security.CurrentUser;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The done-when of the meeting desk: a newcomer on the embedded default (H2) signs in as the SOC
 * Chair and records a meeting's decisions in a real browser, headless Chromium from Debian's
 * packages. Without them it is skipped with a warning, or fails in CI ({@link BrowserTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:meeting-desk;DB_CLOSE_DELAY=-1", "accord.demo=false", "accord.demo-users=true"})
class MeetingDeskBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String TITLE = "Meeting of the Senior Officials Committee, December 2022";
  private static final String CHINA_STATEMENT = "China joins consensus on the understanding that paragraph 4 concerns domestic routes only.";

  private static final CurrentUser SECRETARIAT = new CurrentUser("secretariat.officer", List.of("secretariat"));
  private static final CurrentUser SWG_CHAIR = new CurrentUser("swg.chair", List.of("chairs", "swg-chair"));
  private static final CurrentUser SOC_CHAIR = new CurrentUser("soc.chair", List.of("chairs", "soc-chair"));

  @LocalServerPort int port;
  @Autowired Documents documents;
  @Autowired Negotiation negotiation;
  @Autowired DecisionRegister register;
  @Autowired Meetings meetings;
  @Autowired Forum forum;
  @Autowired IdentityService identityService;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @BeforeEach
  void openTheBrowser() {
    // Debian's browser and driver, named explicitly so that Selenium never downloads one.
    System.setProperty("webdriver.chrome.driver", BrowserTests.CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTests.CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1280,2200");
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTests.CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void shouldRecordTheMeetingsDecisionsAttendanceAndCloseItAsTheSocChair() throws IOException {
    // given a meeting in session with two recommended documents on its agenda
    long tourism = recommendedForAMeeting("Concept paper on the CICA priority area \"Tourism\"", "CICA/SWG/2022/CP-TOURISM");
    long energy = recommendedForAMeeting("Concept paper on the CICA priority area \"Energy\"", "CICA/SWG/2022/CP-ENERGY");
    long meeting = meetings.convene(new Meetings.Convening(TITLE, OffsetDateTime.of(2022, 12, 20, 10, 0, 0, 0, ZoneOffset.UTC),
        MeetingFormat.VIDEOCONFERENCE, null), SECRETARIAT).id();
    meetings.setAgenda(meeting, List.of(tourism, energy), SECRETARIAT);
    meetings.confirmAgenda(meeting, SECRETARIAT);

    // when the SOC Chair signs in and opens the meeting from the home page
    signIn("soc.chair");
    browser.findElement(By.linkText("Meetings")).click();
    browser.findElement(By.linkText(TITLE)).click();
    assertThat(badge()).isEqualTo("In session");
    screenshot("meeting-desk-agenda.png");

    // and signs "Approved" on item 1 with a wrong password, then with the right one
    browser.findElement(By.id("outcome-" + tourism + "-APPROVED")).click();
    browser.findElement(By.id("password-" + tourism)).sendKeys("not the password");
    assertThat(refusal(By.cssSelector("#decide-" + tourism + " button[type=submit]")))
        .contains("That is not your password: nothing was recorded.");
    assertThat(browser.findElement(By.id("password-" + tourism)).getAttribute("value")).isEmpty();
    // Camunda holds the account a few seconds after a wrong password (SignatureIT: the Chair is told until when)
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      User chair = identityService.createUserQuery().userId("soc.chair").singleResult();
      Date until = ((UserEntity) chair).getLockExpirationTime();
      return until == null || until.before(new Date());
    });
    browser.findElement(By.id("outcome-" + tourism + "-APPROVED")).click();
    browser.findElement(By.id("password-" + tourism)).sendKeys("accord");
    submit(By.cssSelector("#decide-" + tourism + " button[type=submit]"), "recorded: Approved.");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Signed by soc.chair");

    // and "Approved with reservations" with China's statement on item 2
    browser.findElement(By.id("outcome-" + energy + "-APPROVED_WITH_RESERVATIONS")).click();
    browser.findElement(By.id("statements-" + energy)).sendKeys("UN: The United Nations welcomes the paper.");
    browser.findElement(By.id("password-" + energy)).sendKeys("accord");
    assertThat(refusal(By.cssSelector("#decide-" + energy + " button[type=submit]")))
        .contains("'UN' is not the code of a member state");
    screenshot("meeting-desk-refused.png");
    assertThat(browser.findElement(By.id("outcome-" + energy + "-APPROVED_WITH_RESERVATIONS")).isSelected()).isTrue();
    WebElement statements = browser.findElement(By.id("statements-" + energy));
    assertThat(statements.getAttribute("value")).isEqualTo("UN: The United Nations welcomes the paper.");
    statements.clear();
    statements.sendKeys("CN: " + CHINA_STATEMENT);
    browser.findElement(By.id("password-" + energy)).sendKeys("accord");
    submit(By.cssSelector("#decide-" + energy + " button[type=submit]"), "recorded: Approved with reservations.");

    // and ticks the delegations present
    for (String present : List.of("KZ", "CN", "RU", "TR", "UN")) {
      browser.findElement(By.cssSelector("input[name=present][value=" + present + "]")).click();
    }
    submit(By.xpath("//button[normalize-space()='Save the attendance']"), "5 delegations present");
    screenshot("meeting-desk-in-session.png");

    // and closes the meeting, confirming that closing is final
    browser.findElement(By.cssSelector("input[name=confirm]")).click();
    submit(By.xpath("//button[normalize-space()='Close the meeting']"), "The meeting is closed");

    // then the meeting is closed, with its two decisions and the link to its summary record
    assertThat(badge()).isEqualTo("Closed");
    assertThat(browser.findElement(By.id("item-" + energy)).getText()).contains("Approved with reservations", CHINA_STATEMENT);
    WebElement summary = browser.findElement(By.linkText("Summary record (PDF)"));
    assertThat(summary.getAttribute("href")).endsWith("/api/meetings/" + meeting + "/summary.pdf");
    assertThat(fetchInTheSession(summary.getAttribute("href"))).isEqualTo("200 application/pdf");
    WebElement translation = browser.findElement(By.linkText("Russian translation (PDF)"));
    assertThat(translation.getAttribute("href")).endsWith("/api/meetings/" + meeting + "/summary.pdf?language=ru");
    assertThat(fetchInTheSession(translation.getAttribute("href"))).isEqualTo("200 application/pdf");
    screenshot("meeting-desk-closed.png");
    assertThat(postWithoutCsrfToken("/desk/meetings/" + meeting + "/attendance?present=CN"))
        .as("a form posted from elsewhere, riding on the session").isEqualTo(403L);

    // and the record holds what the Chair entered
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(meetings.attendance(meeting)).containsExactlyInAnyOrder("CN", "KZ", "RU", "TR", "UN");
    assertThat(register.ofDocument(tourism)).singleElement()
        .satisfies(decision -> assertThat(decision.outcome()).isEqualTo(SocOutcome.APPROVED));
    assertThat(register.ofDocument(energy)).singleElement().satisfies(decision -> {
      assertThat(decision.outcome()).isEqualTo(SocOutcome.APPROVED_WITH_RESERVATIONS);
      assertThat(decision.reservations()).containsExactly(
          new Reservation("CN", CHINA_STATEMENT, Reservation.Source.MEETING));
    });
  }

  @Test
  void shouldConveneAMeetingAndConfirmItsAgendaAsTheSecretariat() throws IOException {
    // given a document recommended for a meeting
    long action = recommendedForAMeeting("Action plan on confidence-building measures", "CICA/SWG/2022/AP");

    // when the Secretariat convenes a meeting from the desk
    signIn("secretariat.officer");
    browser.findElement(By.linkText("Meetings")).click();
    browser.findElement(By.id("title")).sendKeys("Meeting of the Senior Officials Committee, April 2023");
    // A date field's typing rules follow the browser's locale; the value it submits does not.
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2023-04-13T15:00'", browser.findElement(By.id("startsAt")));
    new Select(browser.findElement(By.id("utcOffset"))).selectByValue("+05:00");
    browser.findElement(By.cssSelector("input[name=format][value=IN_PERSON]")).click();
    browser.findElement(By.id("place")).sendKeys("Astana");
    screenshot("meeting-desk-convene.png");
    submit(By.xpath("//button[normalize-space()='Convene the meeting']"), "The meeting is convened");

    // and puts the document on its agenda and confirms it
    assertThat(badge()).isEqualTo("Convened");
    // shown in the forum's time zone, the reader's until they choose another
    String local = OffsetDateTime.parse("2023-04-13T15:00+05:00").atZoneSameInstant(forum.timeZone())
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH));
    assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains(local, "In person", "Astana");
    browser.findElement(By.cssSelector("input[name=documentIds][value='" + action + "']")).click();
    submit(By.xpath("//button[normalize-space()='Save the agenda']"), "The agenda is saved with 1 item");
    submit(By.xpath("//button[normalize-space()='Confirm the agenda']"), "the meeting is in session");

    // then the meeting is in session with the document on its agenda, and no decision form for the Secretariat
    assertThat(badge()).isEqualTo("In session");
    assertThat(browser.findElement(By.id("item-" + action)).getText()).contains("CICA/SWG/2022/AP", "Awaiting decision");
    assertThat(browser.findElements(By.id("decide-" + action))).isEmpty();
  }

  /** A concept paper taken through the SWG as its real users would: drafted, registered, one round, recommended. */
  private long recommendedForAMeeting(String title, String symbol) {
    CurrentUser kazakhstan = new CurrentUser("kz.delegate1", List.of("delegation-kz"));
    long id = documents.create(new Documents.NewDocument(DocumentType.CONCEPT_PAPER, title, "KZ", null,
        Submission.text("1. " + title + " builds confidence between peoples.")), kazakhstan).id();
    documents.register(id, new Registration(symbol), SECRETARIAT);
    for (Delegation state : forum.memberStates()) {
      CurrentUser delegate = new CurrentUser(state.code().toLowerCase(Locale.ROOT) + ".delegate1", List.of(state.groupId()));
      negotiation.give(id, new GivePosition(state.code(), PositionKind.NO_OBJECTION, null, null), delegate);
    }
    negotiation.confirmConsensus(id, new ConsensusConfirmation.Given("Consensus at the SWG"), SWG_CHAIR);
    register.chooseRoute(id, new RouteChoice(SocRoute.MEETING), SOC_CHAIR);
    return id;
  }

  private void signIn(String user) {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("accord");
    browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
  }

  /** Submits a form and waits for the page it redirects to to say what was done. */
  private void submit(By button, String notice) {
    clickAndAwaitTheNextPage(button);
    wait.until(ExpectedConditions.or(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".message-notice"), notice),
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-problem"))));
    List<WebElement> problems = browser.findElements(By.cssSelector(".message-problem"));
    assertThat(problems).as("the desk refused: %s", problems.isEmpty() ? "" : problems.get(0).getText()).isEmpty();
  }

  /** Submits a form the desk must refuse; answers the message shown. */
  private String refusal(By button) {
    clickAndAwaitTheNextPage(button);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-problem"))).getText();
  }

  /** Clicks and waits until the page the form redirects to replaces this one, whose messages are old. */
  private void clickAndAwaitTheNextPage(By button) {
    WebElement current = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    wait.until(Browser.gone(current));
  }

  private String badge() {
    return browser.findElement(By.cssSelector("h1 .badge")).getText();
  }

  /** Fetches an address with the browser's session, as a click on the link would. */
  private String fetchInTheSession(String address) {
    return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)));""",
        address);
  }

  private long postWithoutCsrfToken(String path) {
    return (Long) ((JavascriptExecutor) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {method: 'POST', redirect: 'manual'}).then(r => done(r.status), e => done(-1));""",
        path);
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
