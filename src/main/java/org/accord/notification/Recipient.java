package org.accord.notification;

/** A Camunda user who can receive mail. */
record Recipient(String userId, String email) {}
