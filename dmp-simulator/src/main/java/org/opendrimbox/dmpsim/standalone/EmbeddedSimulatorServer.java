package org.opendrimbox.dmpsim.standalone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.opendrimbox.dmpsim.DmpSimulator;
import org.opendrimbox.dmpsim.SimulatorResponse;

/**
 * The simulator on a JDK {@link HttpsServer} bound to 127.0.0.1 on a free port, requiring a client
 * certificate (mutual TLS, as the DMP does). Context root {@code /dmp-simulator}.
 */
public final class EmbeddedSimulatorServer implements AutoCloseable {
  public static final String CONTEXT = "/dmp-simulator";
  private final HttpServer server;
  private final ExecutorService executor;
  private final String scheme;

  private EmbeddedSimulatorServer(HttpServer server, ExecutorService executor, String scheme) {
    this.server = server;
    this.executor = executor;
    this.scheme = scheme;
  }

  /** Starts plain HTTP on an ephemeral loopback port (for tests that do not exercise TLS). */
  public static EmbeddedSimulatorServer startPlain(DmpSimulator simulator) {
    try {
      HttpServer s = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      return serve(s, simulator, "http");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts on an ephemeral loopback port. */
  public static EmbeddedSimulatorServer start(DmpSimulator simulator, SSLContext tls) {
    try {
      HttpsServer s = HttpsServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      s.setHttpsConfigurator(new HttpsConfigurator(tls) {
        @Override
        public void configure(HttpsParameters params) {
          SSLParameters p = tls.getDefaultSSLParameters();
          p.setNeedClientAuth(true);
          params.setSSLParameters(p);
        }
      });
      return serve(s, simulator, "https");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedSimulatorServer serve(HttpServer s, DmpSimulator simulator,
      String scheme) {
    s.createContext(CONTEXT, exchange -> handle(simulator, exchange));
    ExecutorService ex = Executors.newFixedThreadPool(4);
    s.setExecutor(ex);
    s.start();
    return new EmbeddedSimulatorServer(s, ex, scheme);
  }

  /** Base URL, e.g. {@code https://127.0.0.1:PORT/dmp-simulator}. */
  public URI baseUri() {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + CONTEXT);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void handle(DmpSimulator simulator, HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String path = exchange.getRequestURI().getPath().substring(CONTEXT.length());
      SimulatorResponse r = simulator.handle(exchange.getRequestMethod(), path,
          exchange.getRequestHeaders().getFirst("Content-Type"), body);
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(r.body());
      }
    }
  }
}
