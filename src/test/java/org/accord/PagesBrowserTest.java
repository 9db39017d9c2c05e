package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

  @LocalServerPort int port;
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
    browser.find(By.cssSelector("main form button[type=submit]")).click();
    assertThat(browser.find(By.cssSelector("footer.site")).getText()).contains("Europe/Moscow");

    browser.get("/desk/meetings/424242");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
    browser.assertReadable("not-found");
  }
}
