package org.opendrimbox.trust;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's PSC simulator (mock-oauth2-server with {@code psc-simulator/psc-users.json}) started as a child
 * process on a free loopback port, as {@code bin/psc-simulator} does; {@link #close()} kills it, a shutdown
 * hook does too, and the child halts by itself when its standard input (a pipe from this JVM) closes.
 */
public final class PscSimulator implements AutoCloseable {

  private final Process process;
  private final Thread hook;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PscSimulator(Process process, int port) {
    this.process = process;
    this.port = port;
    this.hook = new Thread(process::destroyForcibly, "psc-simulator-kill");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts the simulator and waits until its discovery document answers. */
  public static PscSimulator start(Path logFile) throws IOException, InterruptedException {
    Path config = Path.of("..", "psc-simulator", "psc-users.json").toAbsolutePath().normalize();
    if (!Files.isRegularFile(config)) {
      throw new IllegalStateException("missing " + config);
    }
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        PscSimulatorMain.class.getName()));
    pb.environment().put("JSON_CONFIG_PATH", config.toString());
    pb.environment().put("SERVER_HOSTNAME", "127.0.0.1");
    pb.environment().put("SERVER_PORT", Integer.toString(port));
    pb.redirectErrorStream(true).redirectOutput(logFile.toFile());
    PscSimulator sim = new PscSimulator(pb.start(), port);
    try {
      sim.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException e) {
      sim.close();
      throw e;
    }
    return sim;
  }

  private void awaitReady() throws IOException, InterruptedException {
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("PSC simulator exited with " + process.exitValue());
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IOException("PSC simulator not ready after 90 s");
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/psc";
  }

  public URI introspectionEndpoint() {
    return URI.create(issuer() + "/introspect");
  }

  public URI userinfoEndpoint() {
    return URI.create(issuer() + "/userinfo");
  }

  /** An access token for a test user of psc-users.json (password grant). */
  public String token(String username) throws IOException, InterruptedException {
    String form = "grant_type=password&username=" + username + "&password=any&client_id=drimbox"
        + "&client_secret=drimbox-secret&scope=openid%20scope_all";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IOException("token request failed: HTTP " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
