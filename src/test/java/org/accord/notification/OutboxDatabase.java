package org.accord.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A private in-memory H2 with only the outbox migration, for tests that need no application. */
final class OutboxDatabase {

  static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  final DataSource dataSource;
  final JdbcClient jdbc;
  final OutboxRepository outbox;

  OutboxDatabase() {
    dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V3__notification_outbox.sql"))
        .execute(dataSource);
    jdbc = JdbcClient.create(dataSource);
    outbox = new OutboxRepository(jdbc);
  }

  /** Queues one mail to {@code user} at {@code T0}, and returns its id. */
  long queue(String user, String subject) {
    outbox.add("TEST", "test:1", new Recipient(user, user + "@accord.test"),
        new MailWriter.Mail(subject, "Body of " + subject), T0);
    return jdbc.sql("select max(id) from notification_outbox").query(Long.class).single();
  }

  static MailSettings settings(int maxAttempts) {
    return new MailSettings(true, "accord@accord.test", 50, maxAttempts, Duration.ofSeconds(30),
        Duration.ofHours(1), Duration.ofMinutes(5));
  }
}
