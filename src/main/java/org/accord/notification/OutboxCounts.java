package org.accord.notification;

/**
 * The outbox at a glance, for the administrators' health view: mails waiting for their next attempt,
 * mails given up on, and mails sent during the last day. Every sent mail stays in the outbox, so the
 * sent ones are counted over a window: counting them all would read the whole table.
 *
 * @param sending whether this server sends mail at all (accord.mail.enabled): without it every mail
 *     waits in the outbox, which is no failure
 */
public record OutboxCounts(long pending, long failed, long sentLastDay, boolean sending) {}
