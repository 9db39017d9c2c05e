package org.accord.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.Browser;
import org.accord.BrowserTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's mail outbox in headless Chromium on PostgreSQL, axe-core on every view: while
 * the SMTP server refuses mail, the mails of a step fail and fill the failed count, the outbox's and
 * the dashboard's alike; once it is back, "retry now" sends one in place, both counts go down, and the
 * rest go the same way.
 */
@AccordIntegrationTest
class MailOutboxIT {

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @BeforeAll
  static void requireChromium() {
    BrowserTests.requireChromium();
  }

  @AfterEach
  void theServerIsBackForTheOtherTests() {
    TestMailServer.acceptMail();
  }

  @Test
  void aFailingMailServerFillsTheFailedCountAndRetryNowSendsTheMailOnceTheServerIsBack() {
    // given an outbox with nothing waiting, an administrator watching the dashboard, and a mail server refusing every mail
    Api api = new Api(rest);
    TestMailServer.awaitOutboxSent(api);
    long failedBefore = total(api, "failed");
    long document;
    List<JsonNode> failed;
    try (Browser browser = Browser.open(port, "en-GB", 1280)) {
      browser.signIn("admin");
      browser.get("/admin/dashboard");
      long dashboardBefore = failedMails(browser);
      assertThat(dashboardBefore).isEqualTo(failedBefore);
      TestMailServer.refuseMail();

      // when a delegate's draft asks the Secretariat to register it, and every attempt at the mail fails
      document = new Procedure(api).create("kz.delegate1", "KZ", "CONCEPT_PAPER", "Outbox journey: a draft",
          Map.of("text", "1. A first paragraph."));
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
          .until(() -> total(api, "pending") == 0);
      failed = failedAbout(api, document);
      assertThat(failed).isNotEmpty();
      long failedNow = total(api, "failed");
      assertThat(failedNow).isEqualTo(failedBefore + failed.size());

      // then the dashboard's failed mails go up by exactly those mails
      browser.get("/admin/dashboard");
      assertThat(failedMails(browser)).isEqualTo(dashboardBefore + failed.size());

      // and the administrator finds them under Failed, with the server's answer
      browser.clickAndAwaitTheNextPage(browser.find(By.linkText("Mail outbox")));
      assertThat(browser.find(By.id("outbox-count-failed")).getText()).isEqualTo(String.valueOf(failedNow));
      browser.assertReadable("admin-outbox");
      browser.clickAndAwaitTheNextPage(browser.find(By.cssSelector(".outbox-tabs a[href='/admin/outbox?status=failed']")));
      long first = failed.get(0).get("id").asLong();
      WebElement row = browser.find(By.id("mail-" + first));
      assertThat(row.getText()).contains("Failed", "10 attempts", "(document " + document + ")",
          TestMailServer.REFUSAL.substring(4));
      browser.assertReadable("admin-outbox-failed");

      // and a retry while the server still refuses says so in place, the mail still failed
      row.findElement(By.cssSelector("button[type=submit]")).click();
      browser.awaitGone(row);
      row = browser.awaitVisible(By.id("mail-" + first));
      assertThat(row.findElement(By.cssSelector("[role=alert]")).getText())
          .contains("Mail " + first + " could not be sent", "It stays failed");
      assertThat(row.getText()).contains("11 attempts");

      // when the server is back and the administrator retries the mail
      TestMailServer.acceptMail();
      row.findElement(By.cssSelector("button[type=submit]")).click();
      browser.awaitGone(row);

      // then it is sent, said in place, and the failed count goes down by one
      row = browser.awaitVisible(By.id("mail-" + first));
      String email = failed.get(0).get("recipientEmail").asText();
      assertThat(row.findElement(By.cssSelector("[role=status]")).getText())
          .isEqualTo("Mail " + first + " is sent to " + email + ".");
      assertThat(row.getText()).contains("Sent").doesNotContain("Retry now");
      assertThat(browser.find(By.id("outbox-count-failed")).getText()).isEqualTo(String.valueOf(failedNow - 1));
      browser.assertReadable("admin-outbox-retried");

      // and on the dashboard too, whose failed mails lead to the outbox's Failed tab, where the rest wait
      browser.get("/admin/dashboard");
      assertThat(failedMails(browser)).isEqualTo(dashboardBefore + failed.size() - 1);
      WebElement tile = browser.find(By.linkText("Mails that could not be sent"));
      assertThat(tile.getDomAttribute("href")).isEqualTo("/admin/outbox?status=failed");
      browser.clickAndAwaitTheNextPage(tile);
      assertThat(browser.find(By.cssSelector(".outbox-tabs a[aria-current=page]")).getDomAttribute("href"))
          .isEqualTo("/admin/outbox?status=failed");
      assertThat(browser.find(By.id("outbox-count-failed")).getText()).isEqualTo(String.valueOf(failedNow - 1));

      // and on a phone, in Russian, the rest still wait for their retry
      browser.resize(390);
      browser.get("/admin/outbox?status=failed");
      browser.assertReadable("admin-outbox-phone");
    }
    try (Browser russian = Browser.open(port, "ru-RU", 390)) {
      russian.signIn("admin");
      russian.get("/admin/outbox?status=failed");
      assertThat(russian.find(By.tagName("h1")).getText()).isEqualTo("Исходящие письма");
      russian.assertReadable("admin-outbox-ru-phone");
    }

    // and the others, retried through the API, reach the server too: nothing is left failed, for the dashboard either
    failed.stream().skip(1).forEach(mail -> assertThat(api.post("admin",
        "/api/admin/outbox/" + mail.get("id").asLong() + "/retry", Map.of()).getStatusCode().is2xxSuccessful()).isTrue());
    assertThat(total(api, "failed")).isEqualTo(failedBefore);
    assertThat(TestMailServer.about(api, document, null)).hasSize(failed.size());
    assertThat(api.get("admin", "/api/admin/statistics/health").getBody().get("outbox").get("failed").asLong())
        .isEqualTo(failedBefore);
  }

  /** The dashboard's count of the mails that could not be sent. */
  private static long failedMails(Browser browser) {
    return Long.parseLong(browser.find(By.id("health-mails-failed")).getText());
  }

  private static long total(Api api, String status) {
    return api.get("admin", "/api/admin/outbox?size=1&status=" + status).getBody().get("total").asLong();
  }

  /** The failed mails about the document: those of its registration task. */
  private static List<JsonNode> failedAbout(Api api, long document) {
    List<JsonNode> found = new ArrayList<>();
    api.get("admin", "/api/admin/outbox?size=200&status=failed").getBody().get("items").forEach(mail -> {
      if (("document:" + document).equals(mail.path("reference").asText())) {
        found.add(mail);
      }
    });
    return found;
  }
}
