package org.accord.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that the integration tests' Accord sends its mail to. Every test
 * class shares it, so a test reads only the mails about its own documents: a mail names its
 * document by id in a task mail before registration ("[Accord] Task: Register the document (document 42)"),
 * by its symbol after ("[Accord] Task: Give the delegation's position (CICA/SWG/2022/CP-1)"), and by symbol in
 * every other ("Reminder: your position on CICA/IT/REMINDER/42 ..."), and each test registers
 * its documents under symbols of its own. One class's mails can then never satisfy another's
 * assertion.
 */
final class TestMailServer {

  /** One mail as one recipient received it. */
  record Mail(String to, String subject) {

    /** The user id the mail went to: the address before the "@". */
    String user() {
      return to.substring(0, to.indexOf('@'));
    }
  }

  /** What the server that stands in for a failing one answers every connection with. */
  static final String REFUSAL = "421 4.3.2 The test mail server refuses mail for now";

  private static Managers store;
  private static SmtpServer server;
  private static int port;
  private static RefusingServer refusing;

  private TestMailServer() {}

  static synchronized int port() {
    if (server == null && refusing == null) {
      store = new Managers();
      port = freePort();
      start();
    }
    return port;
  }

  /**
   * Puts a failing SMTP server in the test server's place, on the same port: it greets every
   * connection with {@link #REFUSAL} and hangs up, so each attempt fails as with a real server out of
   * service. Until {@link #acceptMail()}; the tests run one after another, so no other test's mail meets it.
   */
  static synchronized void refuseMail() {
    port();
    if (refusing == null) {
      server.stopService();
      server = null;
      refusing = new RefusingServer(port);
    }
  }

  /** The test server is back on its port, with every mail it received before. */
  static synchronized void acceptMail() {
    if (refusing != null) {
      refusing.close();
      refusing = null;
      start();
    }
  }

  private static void start() {
    server = new SmtpServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), store) {
      // GreenMail answers each SMTP command in small writes; with Nagle's algorithm on its side and
      // delayed acknowledgements on the client's, every connection then stalls ~40 ms. No delay: ~10 ms a mail.
      @Override
      protected void handleClientSocket(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        super.handleClientSocket(socket);
      }
    };
    server.startService();
    try {
      if (!server.waitTillRunning(10_000)) {
        throw new IllegalStateException("The test mail server did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A server that refuses every connection in SMTP's words, on a thread of its own. */
  private static final class RefusingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingServer(int port) {
      try {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
      } catch (IOException e) {
        throw new IllegalStateException("The failing mail server could not take port " + port, e);
      }
      thread = new Thread(this::refuseEach, "failing-smtp");
      thread.setDaemon(true);
      thread.start();
    }

    private void refuseEach() {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept()) {
          client.getOutputStream().write((REFUSAL + "\r\n").getBytes(StandardCharsets.US_ASCII));
          client.getOutputStream().flush();
        } catch (IOException e) {
          // closed, or the client hung up first: either way the connection is refused
        }
      }
    }

    @Override
    public void close() {
      try {
        socket.close();
        thread.join(10_000);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The mails about one document, once Accord has sent everything its outbox held: the outbox rows
   * of a step are written in the step's transaction, so once the administrator's outbox view shows
   * nothing pending, every mail of every step that returned has reached this server.
   */
  static List<Mail> about(Api api, long documentId, String symbol) {
    awaitOutboxSent(api);
    // A task mail names the document by its symbol once registered, before that by its id.
    String unregisteredTask = "(document " + documentId + ")";
    String registeredTask = "(" + symbol + ")";
    // Other mails name it by its label: the symbol, then the title in quotes or, when the title quotes a name, after a dash.
    List<String> labels = List.of(symbol + " \"", symbol + " — ");
    return received().stream()
        .filter(mail -> mail.subject().contains(unregisteredTask) || (symbol != null
            && (labels.stream().anyMatch(mail.subject()::contains) || mail.subject().endsWith(registeredTask))))
        .toList();
  }

  /**
   * The mails whose subject starts with {@code prefix}, about whatever document; for prefixes only one
   * test class can cause, such as the numbers of decisions in a year of its own ("SOC/2022/").
   */
  static List<Mail> startingWith(Api api, String prefix) {
    awaitOutboxSent(api);
    return received().stream().filter(mail -> mail.subject().startsWith(prefix)).toList();
  }

  /** One mail as one recipient received it, with its text. */
  record Letter(String to, String subject, String body) {

    String user() {
      return to.substring(0, to.indexOf('@'));
    }
  }

  /**
   * The mails whose subject contains {@code text}, with their bodies (lines ending in \n), once the outbox
   * has sent everything; for a text only one test class can cause, such as a meeting's title of its own.
   */
  static List<Letter> lettersWithSubjectContaining(Api api, String text) {
    awaitOutboxSent(api);
    List<Letter> letters = new ArrayList<>();
    for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
      try {
        MimeMessage message = stored.getMimeMessage();
        if (message.getSubject() == null || !message.getSubject().contains(text)) {
          continue;
        }
        String body = String.valueOf(message.getContent()).replace("\r\n", "\n");
        for (Address recipient : message.getAllRecipients()) {
          letters.add(new Letter(recipient.toString(), message.getSubject(), body));
        }
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return letters;
  }

  /** The users who received a mail about the document whose subject starts with {@code prefix}. */
  static Set<String> recipients(List<Mail> mails, String prefix) {
    return mails.stream().filter(mail -> mail.subject().startsWith(prefix)).map(Mail::user)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** How many mails each user received whose subject starts with {@code prefix}. */
  static Map<String, Long> countsByUser(List<Mail> mails, String prefix) {
    return mails.stream().filter(mail -> mail.subject().startsWith(prefix))
        .collect(Collectors.groupingBy(Mail::user, TreeMap::new, Collectors.counting()));
  }

  /** The subjects one user received, in no particular order. */
  static List<String> subjectsTo(List<Mail> mails, String user) {
    return mails.stream().filter(mail -> mail.user().equals(user)).map(Mail::subject).sorted().toList();
  }

  static List<Mail> matching(List<Mail> mails, Predicate<Mail> predicate) {
    return mails.stream().filter(predicate).toList();
  }

  /**
   * Empties every mailbox, for a test whose mails name the same documents as another test's (the seed
   * meeting, replayed on one node and on a cluster).
   */
  static synchronized void forgetEveryMail() {
    port();
    try {
      for (MailFolder mailbox : store.getImapHostManager().getStore().listMailboxes("*")) {
        mailbox.deleteAllMessages();
      }
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the outbox has nothing pending (and nothing failed: this server never refuses). */
  static void awaitOutboxSent(Api api) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      JsonNode pending = api.get("admin", "/api/admin/outbox?status=pending&size=1").getBody();
      return pending.get("total").asLong() == 0;
    });
    JsonNode failed = api.get("admin", "/api/admin/outbox?status=failed&size=1").getBody();
    if (failed.get("total").asLong() != 0) {
      throw new AssertionError("Mails failed to reach the test mail server: " + failed);
    }
  }

  private static List<Mail> received() {
    List<Mail> mails = new ArrayList<>();
    for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
      try {
        MimeMessage message = stored.getMimeMessage();
        String subject = message.getSubject();
        Address[] recipients = message.getAllRecipients();
        if (recipients != null) {
          for (Address recipient : recipients) {
            mails.add(new Mail(recipient.toString(), subject));
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the test mail server", e);
    }
  }
}
