package org.accord.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code accord.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param enabled false keeps every mail in the outbox, for an administrator to read
 * @param maxAttempts a mail that failed this often is left as failed
 * @param firstRetryAfter the wait after the first failure, doubled after each further one
 * @param lastRetryAfter the longest wait between two attempts
 * @param claimTimeout after this, a claim by a node that died while sending is taken over
 */
@ConfigurationProperties("accord.mail")
record MailSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("accord@accord.test") String from,
    @DefaultValue("50") int batchSize,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("30s") Duration firstRetryAfter,
    @DefaultValue("1h") Duration lastRetryAfter,
    @DefaultValue("5m") Duration claimTimeout) {

  /** How long to wait before the next attempt, after {@code failedAttempts} failures. */
  Duration retryAfter(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration wait = firstRetryAfter.multipliedBy(1L << doublings);
    return wait.compareTo(lastRetryAfter) > 0 ? lastRetryAfter : wait;
  }
}
