package org.accord.notification;

/**
 * The outbox at a glance, for the administrators' health view: mails waiting for their next attempt,
 * mails given up on, and mails sent during the last day. Every sent mail stays in the outbox, so the
 * sent ones are counted over a window: counting them all would read the whole table.
 */
public record OutboxCounts(long pending, long failed, long sentLastDay) {}
