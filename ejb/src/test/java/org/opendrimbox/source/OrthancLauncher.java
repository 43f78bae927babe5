package org.opendrimbox.source;

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
import java.util.concurrent.TimeUnit;

/**
 * A private Orthanc (Debian package) for one test class: configuration from src/test/resources/source/orthanc.json,
 * free loopback ports, only the AE title DRIMBOX allowed as caller. {@link #close()} kills it. A missing orthanc
 * binary fails the test with an install hint.
 */
final class OrthancLauncher implements AutoCloseable {

  final int httpPort;
  final int dicomPort;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private OrthancLauncher(int httpPort, int dicomPort, Process process) {
    this.httpPort = httpPort;
    this.dicomPort = dicomPort;
    this.process = process;
  }

  static OrthancLauncher start(Path dir) throws Exception {
    String bin = find("Orthanc");
    int http = freePort();
    int dicom = freePort();
    String config;
    try (InputStream in = OrthancLauncher.class.getResourceAsStream("/source/orthanc.json")) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    config = config.replace("@DIR@", dir.toAbsolutePath().toString()).replace("@HTTP_PORT@", Integer.toString(http))
        .replace("@DICOM_PORT@", Integer.toString(dicom)).replace("@MAX_PDU@", "65536")
        .replace("@MODALITIES@", "\"DRIMBOX\": {\"AET\": \"DRIMBOX\", \"Host\": \"127.0.0.1\", \"Port\": 1}");
    Files.createDirectories(dir);
    Path json = dir.resolve("orthanc.json");
    Files.writeString(json, config);
    Path log = dir.resolve("orthanc.out");
    ProcessBuilder pb = new ProcessBuilder(bin, "--logdir=" + dir.toAbsolutePath(), json.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TCP_NODELAY", "1");
    OrthancLauncher o = new OrthancLauncher(http, dicom, pb.start());
    try {
      o.awaitReady(log);
    } catch (Exception | AssertionError e) {
      o.close();
      throw e;
    }
    return o;
  }

  /** Stores a Part 10 file through the REST API. */
  void store(Path file) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/instances"))
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Orthanc store: HTTP " + r.statusCode() + " " + r.body());
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
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/system")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          try (Socket s = new Socket(InetAddress.getLoopbackAddress(), dicomPort)) {
            return;
          }
        }
      } catch (IOException notYet) {
        // keep waiting
      }
      Thread.sleep(200);
    }
    fail("Orthanc not ready after 60 s:\n" + Files.readString(log));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String find(String tool) {
    for (String d : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/usr/bin")
        .split(File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, tool);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail(tool + " not found: this test needs Orthanc (apt-get install orthanc)");
  }

  @Override
  public void close() {
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
}
