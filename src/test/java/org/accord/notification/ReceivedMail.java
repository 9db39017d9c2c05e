package org.accord.notification;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reads the headers of a received mail in streams, where checked exceptions do not fit. */
final class ReceivedMail {

  private ReceivedMail() {}

  static String to(MimeMessage mail) {
    try {
      return mail.getRecipients(RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
