package org.accord.notification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mail leaves the outbox only with {@code accord.mail.enabled=true}; otherwise (the embedded
 * default) it stays there for an administrator to read, and nothing polls.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "accord.mail.enabled", havingValue = "true")
@EnableScheduling
class MailSendingConfiguration {

  @Bean
  OutboxSender outboxSender(OutboxRepository outbox, JavaMailSender mailSender, MailSettings settings) {
    return new OutboxSender(outbox, mailSender, settings, Clock.systemUTC());
  }

  @Bean
  DeliveryNudge deliveryNudge(OutboxSender outboxSender) {
    return new DeliveryNudge(outboxSender);
  }
}
