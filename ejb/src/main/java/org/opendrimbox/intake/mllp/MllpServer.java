package org.opendrimbox.intake.mllp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An MLLP server: accepts connections, reads framed messages one at a time per connection, and writes back
 * the handler's acknowledgement before reading the next one (so a sender never gets an ACK for a message the
 * handler has not finished). All threads come from the executor given by the caller (the container's managed
 * executor in WildFly).
 */
public final class MllpServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MllpServer.class.getName());

  /** Upper bound of one message; a CDA with its PDF is typically well under 5 MB. */
  public static final int MAX_MESSAGE_LENGTH = 64 * 1024 * 1024;

  private final MllpHandler handler;
  private final Executor executor;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket serverSocket;

  public MllpServer(MllpHandler handler, Executor executor) {
    this.handler = handler;
    this.executor = executor;
  }

  /** Binds and starts accepting; returns once the socket is bound. */
  public void start(String bindAddress, int port) throws IOException {
    var ss = new ServerSocket();
    ss.setReuseAddress(true);
    ss.bind(new InetSocketAddress(bindAddress, port), 64);
    serverSocket = ss;
    executor.execute(this::acceptLoop);
    LOG.info(() -> "HL7 MLLP listener bound to " + ss.getLocalSocketAddress());
  }

  public boolean isRunning() {
    ServerSocket ss = serverSocket;
    return ss != null && ss.isBound() && !ss.isClosed();
  }

  /** The bound port (useful when started on port 0). */
  public int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    ServerSocket ss = serverSocket;
    while (!ss.isClosed()) {
      try {
        Socket s = ss.accept();
        s.setTcpNoDelay(true);
        connections.add(s);
        executor.execute(() -> serve(s));
      } catch (SocketException e) {
        if (!ss.isClosed()) {
          LOG.log(Level.WARNING, "HL7 MLLP accept failed", e);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "HL7 MLLP accept failed", e);
      }
    }
  }

  private void serve(Socket socket) {
    String remote = String.valueOf(socket.getRemoteSocketAddress());
    try (socket;
        var in = socket.getInputStream();
        var out = new BufferedOutputStream(socket.getOutputStream())) {
      var frames = new MllpFraming(in);
      byte[] message;
      while ((message = frames.read(MAX_MESSAGE_LENGTH)) != null) {
        MllpFraming.write(out, handler.handle(message, remote));
      }
    } catch (IOException e) {
      if (!socket.isClosed()) {
        LOG.log(Level.WARNING, "HL7 MLLP connection from " + remote + " closed: " + e.getMessage());
      }
    } finally {
      connections.remove(socket);
    }
  }

  @Override
  public void close() {
    ServerSocket ss = serverSocket;
    if (ss != null) {
      try {
        ss.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
