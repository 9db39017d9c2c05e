package org.accord.notification;

import java.util.List;

/**
 * What a notification says, written for each recipient in their language and time zone. {@code kind}
 * names the event (TASK_ASSIGNED, REMINDER, SILENCE_STARTED, SILENCE_BROKEN, SILENCE_OUTCOME,
 * DECISION, ...); {@code reference} names what it is about (e.g. "document:42"), for the
 * administrator's view of the outbox; the body's paragraphs are separated by a blank line.
 */
public record Notice(String kind, String reference, Wording subject, List<Wording> body) {

  public Notice {
    body = List.copyOf(body);
  }

  public static Notice of(String kind, String reference, Wording subject, Wording... body) {
    return new Notice(kind, reference, subject, List.of(body));
  }
}
