package org.accord.notification;

/** Published after mails were queued, so that the sender can deliver them once the transaction commits. */
record OutboxFilled() {}
