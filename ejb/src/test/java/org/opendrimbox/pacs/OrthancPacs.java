package org.opendrimbox.pacs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendrimbox.config.AeAddress;

/**
 * A private Orthanc (Debian package {@code orthanc}) playing the PACS for one test class: configuration from
 * {@code src/test/resources/kos/orthanc-pacs.json} in a temporary directory, dynamic loopback ports,
 * {@code TCP_NODELAY=1}; only {@code callingAet} may query. {@link #close()} kills it (a shutdown hook too).
 * A missing {@code Orthanc} binary fails the test.
 */
public final class OrthancPacs implements AutoCloseable {

  public static final String AET = "PACS";

  private final int httpPort;
  private final int dicomPort;
  private final Process process;
  private final Thread hook;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

  private OrthancPacs(int httpPort, int dicomPort, Process process) {
    this.httpPort = httpPort;
    this.dicomPort = dicomPort;
    this.process = process;
    this.hook = new Thread(this::kill);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts Orthanc under {@code dir}, waiting until its HTTP and DICOM ports answer. */
  public static OrthancPacs start(Path dir, String callingAet) throws Exception {
    String bin = require("Orthanc", "orthanc");
    int http = freePort();
    int dicom = freePort();
    String config;
    try (InputStream in = OrthancPacs.class.getResourceAsStream("/kos/orthanc-pacs.json")) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    config = config.replace("@DIR@", dir.toAbsolutePath().toString())
        .replace("@HTTP_PORT@", Integer.toString(http)).replace("@DICOM_PORT@", Integer.toString(dicom))
        .replace("@CALLING_AET@", callingAet);
    Files.createDirectories(dir);
    Path json = dir.resolve("orthanc.json");
    Files.writeString(json, config);
    Path log = dir.resolve("orthanc.out");
    ProcessBuilder pb = new ProcessBuilder(bin, "--logdir=" + dir.toAbsolutePath(), json.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TCP_NODELAY", "1");
    OrthancPacs o = new OrthancPacs(http, dicom, pb.start());
    try {
      o.awaitReady(log);
    } catch (Exception | Error e) {
      o.close();
      throw e;
    }
    return o;
  }

  /** The PACS as the box's settings would name it. */
  public AeAddress address() {
    return new AeAddress(AET, "127.0.0.1", dicomPort);
  }

  /** Stores one Part 10 file through the REST API. */
  public void store(byte[] part10) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/instances"))
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(part10)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Orthanc refused an instance: HTTP " + r.statusCode() + " " + r.body());
    }
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  private void awaitReady(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("Orthanc exited during start-up:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/system"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && dicomPortOpen()) {
          return;
        }
      } catch (IOException notYet) {
        // keep waiting
      }
      Thread.sleep(100);
    }
    fail("Orthanc not ready after 60 s:\n" + Files.readString(log));
  }

  private boolean dicomPortOpen() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), dicomPort)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String require(String tool, String debianPackage) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
    for (String d : dirs) {
      Path p = Path.of(d.isEmpty() ? "." : d, tool);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail(tool + " not found on PATH: the PACS tests need it (apt-get install " + debianPackage + ")");
  }
}
