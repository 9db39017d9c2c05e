package org.accord.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.accord.system.Figures;
import org.springframework.stereotype.Component;

/**
 * The mails not sent yet, for Prometheus: accord_mail_outbox{status="pending"} (still being tried)
 * and {status="failed"} (given up, waiting for an administrator's retry). Both from one read.
 */
@Component
class OutboxFigures implements MeterBinder {

  private final OutboxRepository outbox;
  private final MailSettings settings;
  private final Figures figures;

  OutboxFigures(OutboxRepository outbox, MailSettings settings, Figures figures) {
    this.outbox = outbox;
    this.settings = settings;
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Supplier<OutboxRepository.Backlog> backlog = figures.fresh(() -> outbox.backlog(settings.maxAttempts()));
    figures.gauge(registry, "accord.mail.outbox", "Mails not sent yet, by status", backlog,
        OutboxRepository.Backlog::pending, "status", "pending");
    figures.gauge(registry, "accord.mail.outbox", "Mails not sent yet, by status", backlog,
        OutboxRepository.Backlog::failed, "status", "failed");
  }
}
