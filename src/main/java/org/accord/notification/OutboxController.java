package org.accord.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.system.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Outbox", description = "Notification mails queued, sent and failed (administrators)")
class OutboxController {

  private final OutboxRepository outbox;
  private final MailSettings settings;
  private final OutboxAdministration administration;

  OutboxController(OutboxRepository outbox, MailSettings settings, OutboxAdministration administration) {
    this.outbox = outbox;
    this.settings = settings;
    this.administration = administration;
  }

  @GetMapping("/api/admin/outbox")
  @PreAuthorize("hasRole('camunda-admin')")
  @Operation(summary = "The mail outbox, newest first, by status (pending, sent, failed) and recipient user;"
      + " long bodies are cut short")
  PageOf<OutboxEntry> outbox(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String recipient,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    PageOf.check(page, size);
    OutboxStatus wanted = status == null || status.isBlank() ? null : OutboxStatus.parse(status);
    String user = recipient == null || recipient.isBlank() ? null : recipient;
    return new PageOf<>(outbox.page(wanted, user, settings.maxAttempts(), page * size, size),
        page, size, outbox.count(wanted, user, settings.maxAttempts()));
  }

  @PostMapping("/api/admin/outbox/{id}/retry")
  @PreAuthorize("hasRole('camunda-admin')")
  @Operation(summary = "Sends a failed mail again now and answers it as sent; 409 when it is not failed (sent, still"
      + " being tried, or being sent by another retry), 502 when the mail server refuses again (it stays failed)")
  OutboxEntry retry(@PathVariable long id) {
    return administration.retry(id);
  }
}
