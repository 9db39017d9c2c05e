package org.accord.notification;

import static org.accord.notification.OutboxDatabase.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.accord.system.ConflictException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {

  private final OutboxDatabase database = new OutboxDatabase();
  private final MovableClock clock = new MovableClock(T0.toInstant());
  private final FakeSmtp smtp = new FakeSmtp();

  @Test
  void shouldSendDueMailsOnceAndRecordThemAsSent() throws MessagingException {
    // given
    database.queue("kz.delegate1", "Round 1 opened");
    database.queue("soc.chair", "Round 1 opened");
    OutboxSender sender = sender(10);

    // when
    int sent = sender.sendDue();
    int sentAgain = sender.sendDue();

    // then
    assertThat(sent).isEqualTo(2);
    assertThat(sentAgain).isZero();
    assertThat(smtp.received).hasSize(2);
    MimeMessage first = smtp.received.get(0);
    assertThat(ReceivedMail.to(first)).isEqualTo("kz.delegate1@accord.test");
    assertThat(first.getFrom()[0]).hasToString("accord@accord.test");
    assertThat(first.getSubject()).isEqualTo("Round 1 opened");
    assertThat(first.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(database.outbox.count(OutboxStatus.SENT, null, 10)).isEqualTo(2);
  }

  @Test
  void shouldRecordTheFailureAndRetryAfterTheBackoffWhenTheServerIsDown() {
    // given
    long id = database.queue("kz.delegate1", "Round 1 opened");
    OutboxSender sender = sender(10);
    smtp.down = true;

    // when the server refuses
    int sent = sender.sendDue();

    // then the mail waits, with the error on record
    assertThat(sent).isZero();
    OutboxEntry pending = database.outbox.page(OutboxStatus.PENDING, null, 10, 0, 1).get(0);
    assertThat(pending.id()).isEqualTo(id);
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).contains("Connection refused");
    assertThat(pending.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));

    // and when the server is back, it goes out at its retry time, not before
    smtp.down = false;
    clock.advance(Duration.ofSeconds(29));
    assertThat(sender.sendDue()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(smtp.received).hasSize(1);
  }

  @Test
  void shouldGiveUpAfterTheLastAttempt() {
    // given
    database.queue("kz.delegate1", "Round 1 opened");
    OutboxSender sender = sender(2);
    smtp.down = true;

    // when
    sender.sendDue();
    clock.advance(Duration.ofMinutes(1));
    sender.sendDue();
    clock.advance(Duration.ofDays(1));
    smtp.down = false;
    sender.sendDue();

    // then
    assertThat(smtp.attempts).isEqualTo(2);
    assertThat(database.outbox.page(OutboxStatus.FAILED, null, 2, 0, 1))
        .singleElement().extracting(OutboxEntry::attempts).isEqualTo(2);
  }

  @Test
  void shouldSendEachMailOnceWhenTwoNodesPollAtOnce() {
    // given more mails than one batch, and two nodes on the same table
    IntStream.range(0, 120).forEach(i -> database.queue("user" + i, "Silence procedure started"));
    OutboxSender nodeA = sender(10);
    OutboxSender nodeB = sender(10);

    // when
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::sendDue);
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::sendDue);

    // then
    assertThat(a.join() + b.join()).isEqualTo(120);
    assertThat(smtp.received).hasSize(120);
    assertThat(smtp.received.stream().map(ReceivedMail::to).distinct()).hasSize(120);
  }

  @Test
  void shouldSendAFailedMailOnceWhenTwoAdministratorsRetryItAtOnceWhileTheSenderPolls() throws Exception {
    // given a mail that failed for good, and a server that holds the first retry until told to answer
    long id = database.queue("kz.delegate1", "Round 1 opened");
    OutboxSender sender = sender(1);
    smtp.down = true;
    sender.sendDue();
    smtp.down = false;
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    smtp.onAttempt = () -> {
      reached.countDown();
      await(answer);
    };

    // when one administrator's retry is at the server
    CompletableFuture<OutboxEntry> first = CompletableFuture.supplyAsync(() -> sender.retryNow(id));
    await(reached);

    // then a second retry is refused, the poller leaves the mail alone, and the first sends it once
    assertThatThrownBy(() -> sender.retryNow(id)).isInstanceOf(ConflictException.class)
        .hasMessage("Mail " + id + " is being sent right now, by another retry or another node: look again in a moment.");
    assertThat(sender.sendDue()).isZero();
    answer.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(smtp.received).hasSize(1);
    assertThatThrownBy(() -> sender.retryNow(id)).isInstanceOf(ConflictException.class)
        .hasMessage("Mail " + id + " is sent already: there is nothing to retry.");
  }

  @Test
  void shouldRefuseToRetryAMailStillBeingTried() {
    // given a mail that failed once of ten attempts
    long id = database.queue("kz.delegate1", "Round 1 opened");
    OutboxSender sender = sender(10);
    smtp.down = true;
    sender.sendDue();

    // when / then
    assertThatThrownBy(() -> sender.retryNow(id)).isInstanceOf(ConflictException.class)
        .hasMessage("Mail " + id + " has not failed: it is still being tried (1 of 10 attempts made) and goes out by itself.");
    assertThat(smtp.attempts).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private OutboxSender sender(int maxAttempts) {
    return new OutboxSender(database.outbox, smtp, OutboxDatabase.settings(maxAttempts), clock);
  }
}
