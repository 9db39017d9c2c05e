package org.accord.notification;

import org.accord.system.AccordException;
import org.springframework.http.HttpStatus;

/**
 * The mail server refused a mail an administrator asked to send now: the gateway failed, not the
 * request. The mail stays failed with the server's answer on record, for another try later.
 */
class MailNotSentException extends AccordException {

  MailNotSentException(long id, String serverAnswer) {
    super("refusal.notification.retry.failed", id, serverAnswer == null ? "" : serverAnswer);
  }

  @Override
  public HttpStatus status() {
    return HttpStatus.BAD_GATEWAY;
  }

  @Override
  public String titleKey() {
    return "problem.mailNotSent";
  }
}
