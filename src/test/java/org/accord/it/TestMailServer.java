package org.accord.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) that the integration tests' Accord sends its mail to. */
final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {}

  static synchronized int port() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server.getSmtp().getPort();
  }

  /** The subjects of the mails one address received so far. */
  static List<String> subjectsTo(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(message -> isTo(message, address))
        .map(TestMailServer::subject)
        .toList();
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the test mail server", e);
    }
  }
}
