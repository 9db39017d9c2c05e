package org.accord.notification;

/** A mail this node has claimed and is about to send. */
record OutboxMail(long id, String recipientEmail, String subject, String body, int attempts) {}
