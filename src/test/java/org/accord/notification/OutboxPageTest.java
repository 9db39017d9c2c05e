package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.system.web.PageSlice;
import org.accord.tasklist.MyWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' outbox page on a real outbox table (H2) and a fake SMTP server: who may read it,
 * what each tab and the search show, and "retry now" in place, refused with a reason when the mail has
 * not failed.
 */
@WebMvcTest(OutboxPageController.class)
@Import({OutboxAdministration.class, OutboxPageTest.Outbox.class})
@PageSlice
@WithMockUser(username = "admin", roles = "camunda-admin")
class OutboxPageTest {

  static final int MAX_ATTEMPTS = 10;

  /** The outbox table on H2, the fake SMTP server, and the sender between them. */
  @TestConfiguration
  static class Outbox {

    @Bean
    OutboxDatabase database() {
      return new OutboxDatabase();
    }

    @Bean
    OutboxRepository outboxRepository(OutboxDatabase database) {
      return database.outbox;
    }

    @Bean
    MailSettings mailSettings() {
      return OutboxDatabase.settings(MAX_ATTEMPTS);
    }

    @Bean
    FakeSmtp smtp() {
      return new FakeSmtp();
    }

    @Bean
    OutboxSender outboxSender(OutboxRepository outbox, FakeSmtp smtp, MailSettings settings) {
      return new OutboxSender(outbox, smtp, settings, Clock.systemUTC());
    }
  }

  @Autowired MockMvc mvc;
  @Autowired OutboxDatabase database;
  @Autowired FakeSmtp smtp;
  @MockitoBean(name = "myWork") MyWork myWork;

  private long failedToKazakhstan;
  private long failedToRussia;
  private long pending;
  private long sent;

  /** Two mails failed for good, three pending (one after a first failure), four sent. */
  @BeforeEach
  void givenAnOutbox() {
    database.jdbc.sql("delete from notification_outbox").update();
    failedToKazakhstan = failed("kz.delegate1", "[Accord] Task: Give the delegation's position (CICA/SWG/2022/CP-1)");
    failedToRussia = failed("ru.delegate1", "[Accord] Reminder: CICA/SWG/2022/CP-1");
    pending = database.queue("in.delegate1", "[Accord] Silence procedure started");
    database.jdbc.sql("update notification_outbox set attempts = 1, last_error = 'Connection refused' where id = ?")
        .param(pending).update();
    database.queue("cn.delegate1", "[Accord] Silence procedure started");
    database.queue("soc.chair", "[Accord] Silence procedure started");
    for (String user : List.of("kz.delegate2", "ru.delegate2", "vn.delegate1")) {
      database.jdbc.sql("update notification_outbox set sent_at = created_at, attempts = 1 where id = ?")
          .param(database.queue(user, "[Accord] Decision of the SOC")).update();
    }
    sent = database.queue("tj.delegate1", "[Accord] Decision of the SOC");
    database.jdbc.sql("update notification_outbox set reference = 'document:42', sent_at = created_at, attempts = 1"
        + " where id = ?").param(sent).update();
    smtp.down = false;
    smtp.received.clear();
    smtp.attempts = 0;
  }

  // ---- who may read it ----

  static Stream<Arguments> everyoneButAnAdministrator() {
    return Stream.of(
        Arguments.of("kz.delegate1", new String[] {"delegation-kz"}),
        Arguments.of("un.observer", new String[] {"delegation-un", "observers"}),
        Arguments.of("sec.officer", new String[] {"secretariat"}),
        Arguments.of("soc.chair", new String[] {"chairs", "soc-chair"}),
        Arguments.of("swg.chair", new String[] {"chairs", "swg-chair"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyoneButAnAdministrator")
  void shouldRefuseTheOutboxToAnyoneButAnAdministrator(String username, String[] roles) throws Exception {
    String page = mvc.perform(get("/admin/outbox").with(user(username).roles(roles)))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Only an administrator does this.").doesNotContain("href=\"/admin/outbox\"")
        .doesNotContain("kz.delegate1@accord.test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyoneButAnAdministrator")
  void shouldRefuseARetryToAnyoneButAnAdministratorAndSendNothing(String username, String[] roles) throws Exception {
    mvc.perform(post("/admin/outbox/{id}/retry", failedToKazakhstan).with(csrf()).with(user(username).roles(roles)))
        .andExpect(status().isForbidden());

    assertThat(smtp.attempts).isZero();
    assertThat(statusOf(failedToKazakhstan)).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void shouldShowAnAdministratorEveryMailNewestFirstWithTheBacklogInTheTabsAndTheLinkInTheNavigation() throws Exception {
    String page = read(get("/admin/outbox"));

    assertThat(page).contains("<h1>Mail outbox</h1>").contains("href=\"/admin/outbox\">Mail outbox</a>")
        .contains("9 mails, page 1 of 1")
        .contains("id=\"outbox-count-failed\">2</span>").contains("id=\"outbox-count-pending\">3</span>");
    assertThat(ids(page)).containsExactly(sent, sent - 1, sent - 2, sent - 3, pending + 2, pending + 1, pending,
        failedToRussia, failedToKazakhstan);
    assertThat(retryButtons(page)).containsExactly(failedToRussia, failedToKazakhstan);
  }

  // ---- tabs and search ----

  @Test
  void shouldShowExactlyTheMailsOfEachTab() throws Exception {
    String failed = read(get("/admin/outbox").param("status", "failed"));
    String waiting = read(get("/admin/outbox").param("status", "PENDING"));
    String delivered = read(get("/admin/outbox").param("status", "sent"));

    assertThat(ids(failed)).containsExactly(failedToRussia, failedToKazakhstan);
    assertThat(failed).contains("2 mails, page 1 of 1").contains("aria-current=\"page\"")
        .contains("The mail server answered:").contains(">10 attempts<").contains(">Failed</span>");
    assertThat(ids(waiting)).containsExactly(pending + 2, pending + 1, pending);
    assertThat(waiting).contains(">1 attempt<").contains("Next attempt").contains("Connection refused");
    assertThat(retryButtons(waiting)).isEmpty();
    assertThat(ids(delivered)).containsExactly(sent, sent - 1, sent - 2, sent - 3);
    assertThat(delivered).contains("href=\"/documents/42\">Document 42</a>").doesNotContain("Next attempt");
  }

  @Test
  void shouldFindARecipientByUserOrAddressInAnyCaseWithinTheTab() throws Exception {
    String byUser = read(get("/admin/outbox").param("recipient", "KZ.DELEGATE"));
    String byAddress = read(get("/admin/outbox").param("status", "failed").param("recipient", "ru.delegate1@accord"));
    String nobody = read(get("/admin/outbox").param("recipient", "50%_off"));

    assertThat(ids(byUser)).containsExactly(sent - 3, failedToKazakhstan);
    assertThat(byUser).contains("value=\"KZ.DELEGATE\"")
        .contains("href=\"/admin/outbox?status=failed&amp;recipient=KZ.DELEGATE\"");
    assertThat(ids(byAddress)).containsExactly(failedToRussia);
    assertThat(byAddress).contains("href=\"/admin/outbox?status=failed\">Clear the search</a>");
    assertThat(nobody).contains("No mail to such a recipient here.").doesNotContain("<table");
  }

  @Test
  void shouldPageTheOutboxTwentyFiveMailsAPage() throws Exception {
    for (int n = 0; n < 20; n++) {
      database.queue("user" + n, "[Accord] Agenda");
    }

    String first = read(get("/admin/outbox"));
    String second = read(get("/admin/outbox").param("page", "2"));

    assertThat(ids(first)).hasSize(25);
    assertThat(first).contains("29 mails, page 1 of 2").contains("href=\"/admin/outbox?page=2\" rel=\"next\">Older mails →</a>");
    assertThat(ids(second)).containsExactly(pending + 1, pending, failedToRussia, failedToKazakhstan);
  }

  @Test
  void shouldExplainAStatusOrPageItCannotApply() throws Exception {
    String page = read(get("/admin/outbox").param("status", "lost").param("page", "two"));

    assertThat(page).contains("There is no status &quot;lost&quot;: every mail is shown.")
        .contains("There is no page &quot;two&quot;: the first page is shown.");
    assertThat(ids(page)).hasSize(9);
  }

  // ---- retry now ----

  @Test
  void shouldSendAFailedMailNowAndAnswerItsRowInPlaceWithTheCountsUpdated() throws Exception {
    String answer = read(post("/admin/outbox/{id}/retry", failedToKazakhstan).with(csrf()).header("HX-Request", "true")
        .param("back", "/admin/outbox?status=failed"));

    assertThat(smtp.received).singleElement().extracting(ReceivedMail::to).isEqualTo("kz.delegate1@accord.test");
    assertThat(statusOf(failedToKazakhstan)).isEqualTo(OutboxStatus.SENT);
    assertThat(answer.strip()).doesNotContain("<html").startsWith("<tr id=\"mail-" + failedToKazakhstan + "\"")
        .contains("role=\"status\">Mail " + failedToKazakhstan + " is sent to kz.delegate1@accord.test.</div>")
        .contains(">Sent</span>").doesNotContain("Retry now")
        .contains("id=\"outbox-count-failed\" hx-swap-oob=\"true\">1</span>")
        .contains("id=\"outbox-count-pending\" hx-swap-oob=\"true\">3</span>");
  }

  @Test
  void shouldComeBackToTheSameViewWithTheOutcomeWithoutScript() throws Exception {
    mvc.perform(post("/admin/outbox/{id}/retry", failedToRussia).with(csrf())
            .param("back", "/admin/outbox?status=failed&recipient=ru"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/outbox?status=failed&recipient=ru"))
        .andExpect(flash().attribute("notice", "Mail " + failedToRussia + " is sent to ru.delegate1@accord.test."));

    assertThat(smtp.received).hasSize(1);
  }

  @Test
  void shouldNeverRedirectARetryOutsideTheOutbox() throws Exception {
    mvc.perform(post("/admin/outbox/{id}/retry", failedToRussia).with(csrf()).param("back", "https://evil.example/"))
        .andExpect(redirectedUrl("/admin/outbox"));
  }

  @Test
  void shouldRefuseToRetryAPendingMailWithTheReasonInPlaceAndSendNothing() throws Exception {
    String answer = read(post("/admin/outbox/{id}/retry", pending).with(csrf()).header("HX-Request", "true"));

    assertThat(smtp.attempts).isZero();
    assertThat(answer).contains("role=\"alert\"")
        .contains("Mail " + pending + " has not failed: it is still being tried (1 of 10 attempts made) and goes out by itself.")
        .contains(">Pending</span>");
    assertThat(statusOf(pending)).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void shouldRefuseToRetryASentMailInRussian() throws Exception {
    String answer = read(post("/admin/outbox/{id}/retry", sent).with(csrf()).header("HX-Request", "true")
        .locale(Locale.forLanguageTag("ru")));

    assertThat(smtp.attempts).isZero();
    assertThat(answer).contains("Письмо " + sent + " уже отправлено: отправлять снова нечего.")
        .contains(">Отправлено</span>");
  }

  @Test
  void shouldKeepTheMailFailedWithTheServersAnswerWhenTheServerIsStillDown() throws Exception {
    smtp.down = true;

    String answer = read(post("/admin/outbox/{id}/retry", failedToKazakhstan).with(csrf()).header("HX-Request", "true"));

    assertThat(answer).contains("role=\"alert\"")
        .contains("Mail " + failedToKazakhstan + " could not be sent: the mail server answered"
            + " &quot;Mail server connection failed: Connection refused&quot;.")
        .contains(">11 attempts<").contains("Retry now");
    assertThat(statusOf(failedToKazakhstan)).isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void shouldSayThereIsNoSuchMail() throws Exception {
    mvc.perform(post("/admin/outbox/{id}/retry", 999_999).with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isNotFound());
  }

  // ---- words ----

  @Test
  void shouldSpeakRussian() throws Exception {
    String page = read(get("/admin/outbox").param("status", "failed").locale(Locale.forLanguageTag("ru")));

    assertThat(page).contains("<h1>Исходящие письма</h1>").contains("2 письма, страница 1 из 1")
        .contains(">10 попыток<").contains("Отправить снова").contains("Ожидает задача")
        .doesNotContain("Retry now");
  }

  private String read(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private long failed(String user, String subject) {
    long id = database.queue(user, subject);
    database.jdbc.sql("update notification_outbox set kind = 'TASK_ASSIGNED', attempts = ?, last_error = 'Connection refused'"
        + " where id = ?")
        .params(MAX_ATTEMPTS, id).update();
    return id;
  }

  private OutboxStatus statusOf(long id) {
    return database.outbox.find(id, MAX_ATTEMPTS).orElseThrow().status();
  }

  /** The mails listed, in order, by the ids of their rows. */
  private static List<Long> ids(String page) {
    return all(page, "<tr id=\"mail-([0-9]+)\"");
  }

  /** The mails offered a retry. */
  private static List<Long> retryButtons(String page) {
    return all(page, "action=\"/admin/outbox/([0-9]+)/retry\"");
  }

  private static List<Long> all(String page, String pattern) {
    List<Long> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(pattern).matcher(page);
    while (matcher.find()) {
      found.add(Long.valueOf(matcher.group(1)));
    }
    return found;
  }
}
