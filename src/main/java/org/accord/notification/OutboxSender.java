package org.accord.notification;

import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.accord.system.ConflictException;
import org.accord.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers the outbox over SMTP, outside any business transaction. Several Accord nodes may poll
 * the same table: each mail is claimed by a conditional update before it is sent, and a claim left
 * by a node that died is taken over after the claim timeout. A mail may therefore, rarely, go out
 * twice (sent, then the node died before recording it); it is never lost.
 */
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxRepository outbox;
  private final JavaMailSender mailSender;
  private final MailSettings settings;
  private final Clock clock;
  private final String node;

  OutboxSender(OutboxRepository outbox, JavaMailSender mailSender, MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.settings = settings;
    this.clock = clock;
    // pid@host, plus a random part so that two Accord instances in one process never share claims.
    this.node = ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Scheduled(initialDelayString = "${accord.mail.poll-interval:5s}", fixedDelayString = "${accord.mail.poll-interval:5s}")
  void poll() {
    sendDue();
  }

  /** Sends every mail that is due, batch after batch; never throws. Returns how many went out. */
  int sendDue() {
    int sent = 0;
    try {
      List<Long> due;
      int claimed;
      do {
        OffsetDateTime now = now();
        due = outbox.due(now, abandonedBefore(now), settings.maxAttempts(), settings.batchSize());
        claimed = 0;
        for (long id : due) {
          OffsetDateTime claimedAt = now();
          Optional<OutboxMail> mail = outbox.claim(id, node, claimedAt, abandonedBefore(claimedAt));
          if (mail.isPresent()) {
            claimed++;
            sent += deliver(mail.get()) ? 1 : 0;
          }
        }
        // A full batch that this node won at least partly may have more behind it.
      } while (due.size() == settings.batchSize() && claimed > 0);
    } catch (RuntimeException e) {
      log.warn("Could not work through the mail outbox, will try again: {}", e.getMessage());
    }
    return sent;
  }

  /**
   * The administrator's "retry now": one more attempt at a mail that failed for good, in the
   * caller's thread, so the page can say at once whether it went out. Refused, with the reason, when
   * the mail is not failed (sent, still being tried) or another attempt holds it.
   *
   * @return the mail as it now stands: sent
   * @throws MailNotSentException when the server refused again; the mail stays failed, the error on record
   */
  OutboxEntry retryNow(long id) {
    OffsetDateTime now = now();
    OutboxMail mail = outbox.claimFailed(id, node, now, abandonedBefore(now), settings.maxAttempts())
        .orElseThrow(() -> notRetried(id, now));
    log.info("Mail {} to {} is retried by an administrator", id, mail.recipientEmail());
    boolean sent = deliver(mail);
    OutboxEntry after = outbox.find(id, settings.maxAttempts()).orElseThrow();
    if (!sent) {
      throw new MailNotSentException(id, after.lastError());
    }
    return after;
  }

  /** Why a mail could not be claimed for a retry, in words of the bundles. */
  private RuntimeException notRetried(long id, OffsetDateTime now) {
    Optional<OutboxEntry> mail = outbox.find(id, settings.maxAttempts());
    if (mail.isEmpty()) {
      return new NotFoundException("refusal.notification.noSuchMail", id);
    }
    if (mail.get().status() == OutboxStatus.SENT) {
      return new ConflictException("refusal.notification.retry.sent", id);
    }
    if (outbox.claimedSince(id, abandonedBefore(now)).isPresent()) {
      return new ConflictException("refusal.notification.retry.sending", id);
    }
    return new ConflictException("refusal.notification.retry.pending", id, mail.get().attempts(),
        settings.maxAttempts());
  }

  private boolean deliver(OutboxMail mail) {
    try {
      mailSender.send(message -> compose(message, mail));
    } catch (RuntimeException e) {
      recordFailure(mail, e);
      return false;
    }
    outbox.markSent(mail.id(), node, now());
    return true;
  }

  private void recordFailure(OutboxMail mail, RuntimeException e) {
    int failures = mail.attempts() + 1;
    String error = serverAnswer(e);
    outbox.markFailed(mail.id(), node, error, now().plus(settings.retryAfter(failures)));
    if (failures >= settings.maxAttempts()) {
      log.error("Mail {} to {} failed {} times and is given up: {}", mail.id(), mail.recipientEmail(), failures, error);
    } else {
      log.warn("Mail {} to {} failed (attempt {}), will retry: {}", mail.id(), mail.recipientEmail(), failures, error);
    }
  }

  /**
   * What went wrong, as an administrator reads it on the outbox page: Spring's summary ("Mail server
   * connection failed") followed by the SMTP server's own answer, which JavaMail wraps inside it.
   */
  static String serverAnswer(RuntimeException e) {
    String summary = e.getMessage() == null ? e.getClass().getName() : e.getMessage().strip();
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    String detail = cause == e || cause.getMessage() == null ? null : cause.getMessage().strip();
    return detail == null || summary.contains(detail) ? summary : summary + ": " + detail;
  }

  private void compose(MimeMessage message, OutboxMail mail) throws jakarta.mail.MessagingException {
    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(mail.recipientEmail());
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    // RFC 3834: tells mail servers not to answer with out-of-office replies.
    message.setHeader("Auto-Submitted", "auto-generated");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private OffsetDateTime abandonedBefore(OffsetDateTime now) {
    return now.minus(settings.claimTimeout());
  }
}
