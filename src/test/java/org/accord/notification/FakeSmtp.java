package org.accord.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server that keeps what it receives, or refuses every connection while down. */
final class FakeSmtp extends JavaMailSenderImpl {

  final List<MimeMessage> received = Collections.synchronizedList(new ArrayList<>());
  volatile boolean down;
  volatile int attempts;
  /** Runs as each attempt reaches the server, e.g. to hold it while a test races it. */
  volatile Runnable onAttempt = () -> { };

  @Override
  protected synchronized void doSend(MimeMessage[] messages, Object[] originals) {
    attempts++;
    onAttempt.run();
    if (down) {
      throw new MailSendException("Mail server connection failed: Connection refused");
    }
    received.addAll(List.of(messages));
  }
}
