package org.accord.notification;

import static org.accord.notification.OutboxDatabase.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.accord.it.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Accord nodes sharing one PostgreSQL: each runs its own outbox sender on its own connection,
 * and the conditional update that claims a mail is the only lock between them. The table lives in
 * a schema of its own in the run's database, out of reach of the running application's sender.
 */
class OutboxClaimIT {

  private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

  private static TestPostgres.Database database;

  private String schema;
  private SingleConnectionDataSource nodeA;
  private SingleConnectionDataSource nodeB;
  private SingleConnectionDataSource observer;
  private OutboxRepository outboxA;
  private OutboxRepository outboxB;

  @BeforeAll
  static void acquireDatabase() {
    database = TestPostgres.acquire();
  }

  @AfterAll
  static void releaseDatabase() {
    TestPostgres.release();
  }

  @BeforeEach
  void createOutboxInASchemaOfItsOwn() {
    schema = "outbox_claim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    observer = connection(database.url());
    JdbcClient.create(observer).sql("create schema " + schema).update();
    nodeA = connection(inSchema(database.url(), schema));
    nodeB = connection(inSchema(database.url(), schema));
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V3__notification_outbox.sql")).execute(nodeA);
    outboxA = new OutboxRepository(JdbcClient.create(nodeA));
    outboxB = new OutboxRepository(JdbcClient.create(nodeB));
  }

  @AfterEach
  void dropSchema() {
    nodeA.destroy();
    nodeB.destroy();
    JdbcClient.create(observer).sql("drop schema " + schema + " cascade").update();
    observer.destroy();
  }

  @Test
  void shouldLetOnlyOneNodeClaimAMailBothReachForAtTheSameMoment() throws Exception {
    // given one queued mail, and node A holding its claim in a transaction not yet committed
    long id = queue("kz.delegate1", "Reminder: your position is due");
    OffsetDateTime now = T0.plusSeconds(1);
    CountDownLatch claimedByA = new CountDownLatch(1);
    CountDownLatch commitA = new CountDownLatch(1);
    CompletableFuture<Optional<OutboxMail>> a = CompletableFuture.supplyAsync(() ->
        new TransactionTemplate(new DataSourceTransactionManager(nodeA)).execute(status -> {
          Optional<OutboxMail> claimed = outboxA.claim(id, "node-a", now, now.minus(CLAIM_TIMEOUT));
          claimedByA.countDown();
          waitFor(commitA);
          return claimed;
        }));
    assertThat(claimedByA.await(10, TimeUnit.SECONDS)).isTrue();

    // when node B claims the same mail on its own connection
    int nodeBBackend = JdbcClient.create(nodeB).sql("select pg_backend_pid()").query(Integer.class).single();
    CompletableFuture<Optional<OutboxMail>> b =
        CompletableFuture.supplyAsync(() -> outboxB.claim(id, "node-b", now, now.minus(CLAIM_TIMEOUT)));

    // then B's update waits on A's row lock, and once A commits, finds the mail claimed and gets nothing
    await().atMost(Duration.ofSeconds(10)).until(() -> waitsOnALock(nodeBBackend));
    assertThat(b).isNotDone();
    commitA.countDown();
    assertThat(a.get(10, TimeUnit.SECONDS)).get().extracting(OutboxMail::recipientEmail)
        .isEqualTo("kz.delegate1@accord.test");
    assertThat(b.get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(JdbcClient.create(observer).sql("select claimed_by from " + schema + ".notification_outbox where id = ?")
        .param(id).query(String.class).single()).isEqualTo("node-a");
  }

  @Test
  void shouldSendEveryMailExactlyOnceWhenTwoNodesSendTheSameOutboxAtOnce() throws Exception {
    // given 300 queued mails (six batches) and two nodes, each with its own connection and SMTP client
    List<String> queued = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      queue("user" + i, "Mail " + i);
      queued.add("Mail " + i);
    }
    FakeSmtp smtpA = new FakeSmtp();
    FakeSmtp smtpB = new FakeSmtp();
    MovableClock clock = new MovableClock(T0.plusSeconds(1).toInstant());
    OutboxSender senderA = new OutboxSender(outboxA, smtpA, OutboxDatabase.settings(10), clock);
    OutboxSender senderB = new OutboxSender(outboxB, smtpB, OutboxDatabase.settings(10), clock);

    // when both poll at the same moment, and then once more, as their schedules would
    int sent = 0;
    for (int poll = 0; poll < 2; poll++) {
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
        waitFor(start);
        return senderA.sendDue();
      });
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
        waitFor(start);
        return senderB.sendDue();
      });
      start.countDown();
      sent += a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
    }

    // then every mail went out exactly once, both nodes took part, and each row is sent after one attempt
    List<String> subjects = Stream.concat(smtpA.received.stream(), smtpB.received.stream())
        .map(ReceivedMail::subject).toList();
    assertThat(subjects).containsExactlyInAnyOrderElementsOf(queued);
    assertThat(sent).isEqualTo(300);
    assertThat(smtpA.received).isNotEmpty();
    assertThat(smtpB.received).isNotEmpty();
    assertThat(smtpA.attempts + smtpB.attempts).isEqualTo(300);
    assertThat(JdbcClient.create(observer).sql("select count(*) from " + schema
            + ".notification_outbox where sent_at is not null and attempts = 1 and claimed_by is null")
        .query(Integer.class).single()).isEqualTo(300);
  }

  @Test
  void shouldTakeOverTheClaimOfANodeThatDiedAndSendTheMailOnce() {
    // given node A claimed a mail at T0 and died before sending it
    long id = queue("ru.delegate1", "Deadline extended");
    assertThat(outboxA.claim(id, "node-a", T0, T0.minus(CLAIM_TIMEOUT))).isPresent();
    FakeSmtp smtpB = new FakeSmtp();
    MovableClock clock = new MovableClock(T0.plusMinutes(1).toInstant());
    OutboxSender senderB = new OutboxSender(outboxB, smtpB, OutboxDatabase.settings(10), clock);

    // when node B polls within the claim timeout, then after it
    int withinTimeout = senderB.sendDue();
    clock.advance(CLAIM_TIMEOUT);
    int afterTimeout = senderB.sendDue();

    // then B leaves the live claim alone, takes the abandoned one over, and the mail goes out once
    assertThat(withinTimeout).isZero();
    assertThat(afterTimeout).isEqualTo(1);
    assertThat(smtpB.received).extracting(ReceivedMail::to).containsExactly("ru.delegate1@accord.test");
    assertThat(senderB.sendDue()).isZero();
    assertThat(outboxA.claim(id, "node-a", T0.plusDays(1), T0.plusDays(1))).as("A comes back to life").isEmpty();
  }

  private long queue(String user, String subject) {
    outboxA.add("TEST", "test:claim", new Recipient(user, user + "@accord.test"),
        new MailWriter.Mail(subject, "Body of " + subject), T0);
    return JdbcClient.create(nodeA).sql("select max(id) from notification_outbox").query(Long.class).single();
  }

  /** Whether this backend (a node's connection) waits for a lock another transaction holds. */
  private boolean waitsOnALock(int backend) {
    return JdbcClient.create(observer).sql("select coalesce(wait_event_type, '') from pg_stat_activity where pid = ?")
        .param(backend).query(String.class).single().equals("Lock");
  }

  private static SingleConnectionDataSource connection(String url) {
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, database.user(), database.password(), true);
    dataSource.setAutoCommit(true);
    return dataSource;
  }

  private static String inSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Timed out waiting for the other node");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
