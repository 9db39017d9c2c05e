package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/** The after-commit nudge alone: no poller runs here, so whatever arrives came through it. */
class DeliveryNudgeTest {

  private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Wiring.class);
  private final OutboxDatabase database = context.getBean(OutboxDatabase.class);
  private final FakeSmtp smtp = context.getBean(FakeSmtp.class);
  private final TransactionTemplate transaction =
      new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void shouldSendRightAfterTheCommitAndNotBefore() {
    // when
    transaction.executeWithoutResult(status -> {
      database.queue("kz.delegate1", "Round 1 opened");
      context.publishEvent(new OutboxFilled());
      assertThat(smtp.attempts).isZero();
    });

    // then
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smtp.received).hasSize(1));
  }

  @Test
  void shouldNeitherKeepNorSendWhatARolledBackTransactionQueued() {
    // when
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      database.queue("kz.delegate1", "Round 1 opened");
      context.publishEvent(new OutboxFilled());
      throw new IllegalStateException("the step fails");
    })).isInstanceOf(IllegalStateException.class);
    // a later committed mail proves the nudge works and has run
    transaction.executeWithoutResult(status -> {
      database.queue("soc.chair", "Round 1 closed");
      context.publishEvent(new OutboxFilled());
    });

    // then
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smtp.received).hasSize(1));
    assertThat(ReceivedMail.to(smtp.received.get(0))).isEqualTo("soc.chair@accord.test");
    assertThat(database.outbox.count(null, null, 10)).isEqualTo(1);
  }

  @Configuration(proxyBeanMethods = false)
  @EnableTransactionManagement
  static class Wiring {

    @Bean
    OutboxDatabase database() {
      return new OutboxDatabase();
    }

    @Bean
    PlatformTransactionManager transactionManager(OutboxDatabase database) {
      return new DataSourceTransactionManager(database.dataSource);
    }

    @Bean
    FakeSmtp smtp() {
      return new FakeSmtp();
    }

    @Bean
    DeliveryNudge nudge(OutboxDatabase database, FakeSmtp smtp) {
      // Rows are queued at OutboxDatabase.T0, in the past of the real clock: due at once.
      return new DeliveryNudge(new OutboxSender(database.outbox, smtp, OutboxDatabase.settings(10), Clock.systemUTC()));
    }
  }
}
