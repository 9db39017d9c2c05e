package org.accord.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy between Accord and PostgreSQL that a test can cut, the way an outage would: the
 * database refusing connections (stopped: open connections reset, new ones refused), or the network
 * swallowing every packet (a black hole: open connections and new ones hang, nothing answers).
 * Plain sockets and two threads per connection; for tests only.
 */
final class TcpProxy implements AutoCloseable {

  enum State { OPEN, REFUSING, BLACK_HOLE }

  private static final Logger log = LoggerFactory.getLogger(TcpProxy.class);

  private final String upstreamHost;
  private final int upstreamPort;
  private final int port;
  private final List<Link> links = new CopyOnWriteArrayList<>();
  private volatile State state = State.OPEN;
  private volatile ServerSocket server;
  private volatile boolean closed;

  TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.server = listen(0);
    this.port = server.getLocalPort();
    startAccepting(server);
  }

  int port() {
    return port;
  }

  State state() {
    return state;
  }

  /** The database stops: every open connection is reset, and new ones are refused. */
  synchronized void refuse() throws IOException {
    state = State.REFUSING;
    server.close();
    links.forEach(Link::close);
    log.info("Proxy to PostgreSQL refuses connections");
  }

  /** The network drops everything: open connections and new ones get no answer, nothing fails. */
  synchronized void blackHole() {
    state = State.BLACK_HOLE;
    log.info("Proxy to PostgreSQL swallows everything (black hole)");
  }

  /**
   * Traffic flows again. Connections that lived through a black hole are dropped: the outage outlived
   * them (the driver gave up on them), and what was held back is not delivered late.
   */
  synchronized void restore() throws IOException {
    State was = state;
    state = State.OPEN;
    if (was == State.REFUSING) {
      server = listen(port);
      startAccepting(server);
    } else {
      links.forEach(Link::close);
    }
    log.info("Proxy to PostgreSQL open again");
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    links.forEach(Link::close);
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress("127.0.0.1", port));
    return socket;
  }

  private void startAccepting(ServerSocket listening) {
    Thread acceptor = new Thread(() -> {
      while (!closed && !listening.isClosed()) {
        try {
          Socket client = listening.accept();
          if (state == State.BLACK_HOLE) {
            // Held open, never answered; dropped when traffic flows again.
            links.add(new Link(client, null));
            continue;
          }
          Socket upstream = new Socket(upstreamHost, upstreamPort);
          Link link = new Link(client, upstream);
          links.add(link);
          link.start();
        } catch (IOException e) {
          if (!listening.isClosed()) {
            log.debug("Proxy accept failed: {}", e.getMessage());
          }
        }
      }
    }, "tcp-proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** One client connection and its upstream twin. */
  private final class Link {

    private final Socket client;
    private final Socket upstream;

    Link(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void start() throws IOException {
      pump(client.getInputStream(), upstream.getOutputStream(), "up");
      pump(upstream.getInputStream(), client.getOutputStream(), "down");
    }

    private void pump(InputStream from, OutputStream to, String direction) {
      Thread pump = new Thread(() -> {
        byte[] buffer = new byte[16 * 1024];
        try {
          for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
            // In a black hole the bytes are swallowed: the sender sees them leave, nothing arrives.
            if (state == State.OPEN) {
              to.write(buffer, 0, read);
              to.flush();
            }
          }
        } catch (SocketException e) {
          // closed by the other side or by a cut
        } catch (IOException e) {
          log.debug("Proxy pump {} failed: {}", direction, e.getMessage());
        } finally {
          close();
        }
      }, "tcp-proxy-" + direction + "-" + port);
      pump.setDaemon(true);
      pump.start();
    }

    void close() {
      links.remove(this);
      closeQuietly(client);
      if (upstream != null) {
        closeQuietly(upstream);
      }
    }

    private void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
