package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accord.security.UserPreferences;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application on the embedded H2 with sending enabled, against a real SMTP server
 * (GreenMail on a free local port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:notify;DB_CLOSE_DELAY=-1",
    "accord.demo=false", "accord.demo-users=true",
    "accord.mail.enabled=true",
    "accord.mail.poll-interval=200ms",
    "accord.mail.first-retry-after=200ms",
    "accord.mail.last-retry-after=1s",
    "accord.base-url=https://accord.example.org/",
    "spring.mail.host=127.0.0.1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationMailTest {

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void patience() {
    // A 2-core machine running other builds: generous, since delivery normally takes milliseconds.
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
  }

  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired IdentityService identityService;
  @Autowired UserPreferences preferences;

  @Test
  void shouldDeliverAMailQueuedInACommittedTransaction() {
    // given
    String subject = unique("SOC decision recorded");

    // when
    inTransaction(() -> notifications.toUsers(List.of("kz.delegate1", "soc.chair"),
        Notice.of("DECISION", "document:1", Wording.verbatim(subject), Wording.verbatim("The SOC approved the concept paper on Tourism."))));

    // then
    await().untilAsserted(() -> assertThat(recipientsOf(subject))
        .containsExactlyInAnyOrder("kz.delegate1@accord.test", "soc.chair@accord.test"));
    MimeMessage mail = received(subject).get(0);
    assertThat(GreenMailUtil.getBody(mail)).contains("approved the concept paper on Tourism");
    // The sender marks a mail sent just after the SMTP server took it: a moment later, on a busy machine.
    await().untilAsserted(() -> assertThat(outboxRows(subject, "sent_at is not null")).isEqualTo(2));
  }

  @Test
  void shouldNeitherKeepNorSendAMailQueuedInATransactionThatRolledBack() {
    // given
    String rolledBack = unique("Silence broken");
    String committedAfter = unique("Silence procedure started");

    // when
    assertThatThrownBy(() -> inTransaction(() -> {
      notifications.toGroups(List.of("secretariat", "soc-chair"),
          Notice.of("SILENCE_BROKEN", "document:2", Wording.verbatim(rolledBack), Wording.verbatim("Broken by Kazakhstan.")));
      throw new IllegalStateException("the step fails after the notification");
    })).hasMessageContaining("the step fails");
    inTransaction(() -> notifications.toGroups(List.of("secretariat"),
        Notice.of("SILENCE_STARTED", "document:2", Wording.verbatim(committedAfter), Wording.verbatim("Expires tomorrow."))));

    // then the later mail arrives, and the rolled-back one left nothing to send
    assertThat(outboxRows(rolledBack, "1 = 1")).isZero();
    await().untilAsserted(() -> assertThat(recipientsOf(committedAfter)).containsExactly("secretariat.officer@accord.test"));
    assertThat(received(rolledBack)).isEmpty();
  }

  @Test
  void shouldCommitTheStepAndKeepTheMailWhileTheServerIsDownThenSendItWhenItIsBack() {
    // given
    String subject = unique("Reminder: round 2 closes tomorrow");
    smtp.stop();
    try {
      // when
      inTransaction(() -> notifications.toUsers(List.of("kz.delegate2"),
          Notice.of("REMINDER", "document:3", Wording.verbatim(subject), Wording.verbatim("Please give your position."))));

      // then the step committed, and the mail waits with its failures on record
      await().untilAsserted(() -> assertThat(jdbc.sql("""
              select attempts, last_error, sent_at from notification_outbox where subject = ?""")
          .param(subject)
          .query((rs, row) -> rs.getInt("attempts") >= 1 && rs.getString("last_error") != null
              && rs.getObject("sent_at") == null)
          .single()).isTrue());
    } finally {
      smtp.start();
    }

    // and when the server is back, it goes out
    await().untilAsserted(() -> assertThat(recipientsOf(subject)).containsExactly("kz.delegate2@accord.test"));
    await().untilAsserted(() -> assertThat(
        outboxRows(subject, "sent_at is not null and attempts > 1 and last_error is not null")).isEqualTo(1));
  }

  @Test
  void shouldMailTheSecretariatWhenADocumentAwaitsRegistration() {
    // given
    String title = unique("Concept paper on mail");

    // when
    ResponseEntity<Map> created = rest.withBasicAuth("kz.delegate1", "accord").postForEntity("/api/documents",
        Map.of("type", "CONCEPT_PAPER", "title", title, "coordinator", "KZ", "text", "draft"), Map.class);

    // then
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long documentId = ((Number) created.getBody().get("id")).longValue();
    String subject = "[Accord] Task: Register the document (document " + documentId + ")";
    await().untilAsserted(() -> assertThat(recipientsOf(subject)).containsExactly("secretariat.officer@accord.test"));
    assertThat(GreenMailUtil.getBody(received(subject).get(0))).contains("https://accord.example.org/");
    assertThat(jdbc.sql("select kind from notification_outbox where reference = ? and subject = ?")
        .params("document:" + documentId, subject).query(String.class).list()).containsExactly("TASK_ASSIGNED");
  }

  @Test
  void shouldMailEveryDelegateChairAndTheSecretariatOnceForTheForum() {
    // given a delegate acting in the engine, who may not read other users' records
    String subject = unique("Decision CICA/SOC/2025/1");
    identityService.setAuthentication("kz.delegate1", List.of("delegation-kz"));

    // when
    try {
      inTransaction(() -> notifications.toForum(Notice.of("DECISION", "decision:1", Wording.verbatim(subject), Wording.verbatim("Adopted."))));
      assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("kz.delegate1");
    } finally {
      identityService.clearAuthentication();
    }

    // then
    List<String> queued = jdbc.sql("select recipient_email from notification_outbox where subject = ?")
        .param(subject).query(String.class).list();
    assertThat(queued).doesNotHaveDuplicates()
        .contains("kz.delegate1@accord.test", "kz.delegate2@accord.test", "vn.delegate1@accord.test",
            "swg.chair@accord.test", "soc.chair@accord.test", "secretariat.officer@accord.test")
        .doesNotContain("un.observer@accord.test", "admin@accord.test");
    await().untilAsserted(() -> assertThat(recipientsOf(subject)).containsExactlyInAnyOrderElementsOf(queued));
  }

  @Test
  void shouldWriteEachMailInTheLanguageAndTimeZoneItsRecipientChose() {
    // given a Russian delegate who reads in Russian on Moscow time; Kazakhstan's delegate chose nothing
    preferences.choose("ru.delegate2", "ru", "Europe/Moscow");
    String document = unique("CP-MAIL");
    OffsetDateTime deadline = OffsetDateTime.parse("2026-12-17T08:54:00Z");

    // when
    inTransaction(() -> notifications.toUsers(List.of("ru.delegate2", "kz.delegate2"), Notice.of("REMINDER", "document:5",
        Wording.of("mail.reminder.subject", document, deadline), Wording.of("mail.reminder.body", 1, document, deadline))));

    // then the forum's language and time zone (Astana) for whoever chose nothing
    assertThat(jdbc.sql("select recipient_user, subject from notification_outbox where reference = 'document:5' and subject like ?")
        .param("%" + document + "%").query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list())
        .containsExactlyInAnyOrder(
            Map.entry("ru.delegate2", "Напоминание: позиция по документу " + document + " ожидается до 17 декабря 2026, 11:54 (UTC+03:00)"),
            Map.entry("kz.delegate2", "Reminder: your position on " + document + " is due 17 December 2026, 13:54 (UTC+05:00)"));
  }

  @Test
  void shouldShowTheOutboxToAdministratorsOnly() {
    // given a mail that went out
    String subject = unique("Outbox view");
    inTransaction(() -> notifications.toUsers(List.of("ru.delegate1"), Notice.of("DECISION", "document:4", Wording.verbatim(subject), Wording.verbatim("x"))));
    await().until(() -> outboxRows(subject, "sent_at is not null") == 1);

    // when
    ResponseEntity<Map> asAdmin = rest.withBasicAuth("admin", "accord")
        .getForEntity("/api/admin/outbox?status=sent&recipient=ru.delegate1&page=0&size=5", Map.class);
    ResponseEntity<Map> asDelegate = rest.withBasicAuth("kz.delegate1", "accord")
        .getForEntity("/api/admin/outbox", Map.class);
    ResponseEntity<Map> badStatus = rest.withBasicAuth("admin", "accord")
        .getForEntity("/api/admin/outbox?status=lost", Map.class);

    // then
    assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> items = (List<Map<String, Object>>) asAdmin.getBody().get("items");
    assertThat(items).first().satisfies(item -> {
      assertThat(item).containsEntry("subject", subject).containsEntry("status", "SENT")
          .containsEntry("recipientEmail", "ru.delegate1@accord.test").containsKey("sentAt");
    });
    assertThat(asDelegate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asDelegate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  private long outboxRows(String subject, String condition) {
    return jdbc.sql("select count(*) from notification_outbox where subject = ? and " + condition)
        .param(subject).query(Long.class).single();
  }

  private static List<MimeMessage> received(String subject) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject.equals(ReceivedMail.subject(mail))).toList();
  }

  private static List<String> recipientsOf(String subject) {
    return received(subject).stream().map(ReceivedMail::to).toList();
  }

  private static String unique(String subject) {
    return subject + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
