package org.accord.notification;

/**
 * What a notification says. {@code kind} names the event (TASK_ASSIGNED, REMINDER, SILENCE_STARTED,
 * SILENCE_BROKEN, SILENCE_OUTCOME, DECISION, ...); {@code reference} names what it is about (e.g.
 * "document:42"), for the administrator's view of the outbox.
 */
public record Notice(String kind, String reference, String subject, String body) {}
