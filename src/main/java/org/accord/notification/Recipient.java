package org.accord.notification;

import java.time.ZoneId;
import java.util.Locale;

/** A Camunda user who can receive mail, and the language and time zone their mail is written in. */
record Recipient(String userId, String email, Locale language, ZoneId timeZone) {

  Recipient(String userId, String email) {
    this(userId, email, Locale.ENGLISH, ZoneId.of("UTC"));
  }
}
