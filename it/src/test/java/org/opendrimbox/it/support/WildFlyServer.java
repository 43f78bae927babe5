package org.opendrimbox.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly server for one test scenario: a fresh copy of the unpacked dist zip, started with {@code
 * standalone-full.xml} and a port offset, configured by the project's own {@code apply.sh}, with the EAR
 * deployed — exactly what a hospital does on its own server.
 */
public final class WildFlyServer implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path home;
  private final int portOffset;
  private final Map<String, String> env;
  private Process process;

  private WildFlyServer(String name, Path home, int portOffset, Map<String, String> env) {
    this.name = name;
    this.home = home;
    this.portOffset = portOffset;
    this.env = env;
  }

  /** Copies the pristine dist into a fresh directory named after the scenario. */
  public static WildFlyServer provision(String name, int portOffset, Map<String, String> env) {
    Path work = Path.of(TestConfig.require("it.work.dir"));
    Path home = work.resolve(name);
    Exec.checked(List.of("rm", "-rf", home.toString()), Map.of(), Duration.ofMinutes(1));
    Exec.checked(List.of("mkdir", "-p", work.toString()), Map.of(), Duration.ofSeconds(10));
    Exec.checked(List.of("cp", "-a", TestConfig.require("it.wildfly.dist"), home.toString()), Map.of(),
        Duration.ofMinutes(2));
    return new WildFlyServer(name, home, portOffset, new HashMap<>(env));
  }

  /**
   * Provisions, starts, applies the CI configuration, deploys the {@code extraDeployments} (from the it
   * module's deployments directory) and the EAR, and waits until ready.
   */
  public static WildFlyServer startConfigured(String name, int portOffset, Map<String, String> env,
      String... extraDeployments) {
    return startConfigured(name, portOffset, env, s -> { }, extraDeployments);
  }

  /** The same, with {@code beforeStart} run on the provisioned server before its first start. */
  public static WildFlyServer startConfigured(String name, int portOffset, Map<String, String> env,
      java.util.function.Consumer<WildFlyServer> beforeStart, String... extraDeployments) {
    WildFlyServer server = provision(name, portOffset, env);
    beforeStart.accept(server);
    try {
      server.start();
      server.applyConfig();
      for (String extra : extraDeployments) {
        server.deploy(Path.of(TestConfig.require("it.deployments.dir"), extra));
      }
      server.deploy(Path.of(TestConfig.require("it.deployments.dir"), "drimbox.ear"));
      server.awaitReady(Duration.ofMinutes(3));
      return server;
    } catch (RuntimeException | AssertionError e) {
      server.kill();
      throw e;
    }
  }

  public Path home() {
    return home;
  }

  public int httpPort() {
    return 8080 + portOffset;
  }

  public int managementPort() {
    return 9990 + portOffset;
  }

  public String httpBase() {
    return "http://127.0.0.1:" + httpPort();
  }

  public String controller() {
    return "127.0.0.1:" + managementPort();
  }

  public Path log() {
    return home.resolve("standalone/log/server.log");
  }

  public void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " already running");
    }
    var pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
            "-Djboss.socket.binding.port-offset=" + portOffset, "-Djboss.bind.address=127.0.0.1",
            "-Djboss.bind.address.management=127.0.0.1")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
    pb.environment().putAll(env);
    pb.environment().put("JAVA_OPTS", "-Xms64m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m "
        + "-Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new AssertionError("cannot start " + name, e);
    }
    awaitCondition(Duration.ofMinutes(2), () -> "running".equals(serverState()), "server state 'running'");
  }

  /** Adds an application-realm user (add-user.sh), e.g. for remote JMS clients. */
  public void addApplicationUser(String user, String password, String groups) {
    Exec.checked(List.of(home.resolve("bin/add-user.sh").toString(), "-a", "-s", "-u", user, "-p", password, "-g",
        groups, "-sc", home.resolve("standalone/configuration").toString()), Map.of("JBOSS_HOME", home.toString()),
        Duration.ofMinutes(1));
  }

  public void applyConfig() {
    applyConfig(false);
  }

  /** Runs {@code apply.sh --env ci} (or with {@code --remove}) against this server; returns its output. */
  public String applyConfig(boolean remove) {
    var cmd = new java.util.ArrayList<>(List.of(Path.of(TestConfig.require("it.config.dir"), "apply.sh").toString(),
        "--env", "ci", "--controller", controller()));
    if (remove) {
      cmd.add("--remove");
    }
    return Exec.checked(cmd, Map.of("JBOSS_HOME", home.toString()), Duration.ofMinutes(3)).output();
  }

  public void deploy(Path archive) {
    cli("deploy " + archive + " --force");
  }

  public String cli(String command) {
    return Exec.checked(List.of(home.resolve("bin/jboss-cli.sh").toString(), "-c", "--controller=" + controller(),
        "--command=" + command), Map.of(), Duration.ofMinutes(3)).output();
  }

  private static final java.util.regex.Pattern SERVER_STATE =
      java.util.regex.Pattern.compile("\"server-state\".*?\"value\"\\s*:\\s*\"([a-z-]+)\"");

  /**
   * The server state as the unauthenticated health endpoint reports it (the management API itself needs a
   * login over HTTP), or null when the server does not answer.
   */
  public String serverState() {
    var m = SERVER_STATE.matcher(readiness());
    return m.find() ? m.group(1) : null;
  }

  /** GET on this server; empty when it does not answer. */
  public Optional<String> get(String url) {
    return response(url).map(HttpResponse::body);
  }

  public Optional<HttpResponse<String>> response(String url) {
    try {
      return Optional.of(HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  public String readiness() {
    return get("http://" + controller() + "/health/ready").orElse("");
  }

  public void awaitReady(Duration timeout) {
    awaitCondition(timeout, () -> readiness().startsWith("{\"status\":\"UP\""), "readiness UP");
  }

  /** Orderly stop (SIGTERM to the JVM, as the init system of a hospital does). */
  public void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    waitGone(Duration.ofMinutes(1));
  }

  /** Brutal stop: SIGKILL to the JVM. */
  public void kill() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    waitGone(Duration.ofSeconds(30));
  }

  private void waitGone(Duration timeout) {
    try {
      List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
      all.add(process.toHandle());
      Instant end = Instant.now().plus(timeout);
      for (ProcessHandle h : all) {
        while (h.isAlive() && Instant.now().isBefore(end)) {
          Thread.sleep(100);
        }
        if (h.isAlive()) {
          h.destroyForcibly();
        }
      }
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitCondition(Duration timeout, java.util.function.BooleanSupplier condition, String what) {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (process != null && !process.isAlive()) {
        throw new AssertionError(name + " exited while waiting for " + what + "\n" + tail());
      }
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError(name + ": no " + what + " within " + timeout + "; readiness: " + readiness() + "\n" + tail());
  }

  private String tail() {
    try {
      Path log = Files.exists(log()) ? log() : home.resolve("console.log");
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
