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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PACS of the integration tests: a private Orthanc (Debian package) on loopback, DICOM {@code
 * ORTHANC@127.0.0.1:4342}, REST and DICOMweb on 8142, knowing the shared box's AE as a C-MOVE destination.
 */
public final class OrthancServer implements AutoCloseable {

  public static final String AET = "ORTHANC";
  public static final int DICOM_PORT = 4342;
  public static final int HTTP_PORT = 8142;

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;

  private OrthancServer(Process process) {
    this.process = process;
  }

  /** Starts a fresh Orthanc in {@code dir}; fails (never skips) when Orthanc is not installed. */
  public static OrthancServer start(Path dir, Map<String, String> modalities) {
    if (!Files.isExecutable(Path.of("/usr/sbin/Orthanc"))) {
      throw new AssertionError("Orthanc is not installed: run bin/setup-machine (Debian packages orthanc, "
          + "orthanc-dicomweb)");
    }
    try {
      Exec.checked(List.of("rm", "-rf", dir.toString()), Map.of(), Duration.ofSeconds(30));
      Files.createDirectories(dir);
      StringBuilder mods = new StringBuilder();
      modalities.forEach((aet, hostPort) -> {
        String[] hp = hostPort.split(":");
        mods.append(mods.isEmpty() ? "" : ",\n").append("\"").append(aet).append("\": {\"AET\": \"").append(aet)
            .append("\", \"Host\": \"").append(hp[0]).append("\", \"Port\": ").append(hp[1]).append("}");
      });
      String plugin = Files.exists(Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"))
          ? "\"/usr/share/orthanc/plugins/libOrthancDicomWeb.so\"" : "";
      Files.writeString(dir.resolve("orthanc.json"), """
          {
            "Name": "DRIMBOX-IT-PACS", "StorageDirectory": "%1$s/storage", "IndexDirectory": "%1$s/index",
            "StorageCompression": false, "SyncStorageArea": false, "Plugins": [%2$s],
            "HttpServerEnabled": true, "HttpPort": %3$d, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
            "KeepAlive": true, "TcpNoDelay": true, "DicomServerEnabled": true, "DicomAet": "%4$s", "DicomPort": %5$d,
            "DicomCheckCalledAet": true, "DicomCheckModalityHost": true, "DicomAlwaysAllowEcho": true,
            "DicomModalities": { %6$s }, "DicomScuTimeout": 30, "DicomScpTimeout": 30,
            "DicomWeb": { "Enable": true, "Root": "/dicom-web/" }
          }
          """.formatted(dir.toAbsolutePath(), plugin, HTTP_PORT, AET, DICOM_PORT, mods));
      var pb = new ProcessBuilder("/usr/sbin/Orthanc", "--logdir=" + dir.toAbsolutePath(),
          dir.resolve("orthanc.json").toString()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("orthanc.out").toFile());
      pb.environment().put("TCP_NODELAY", "1");
      OrthancServer server = new OrthancServer(pb.start());
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new AssertionError("cannot start Orthanc", e);
    }
  }

  private void awaitReady() {
    Instant end = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new AssertionError("Orthanc exited during start-up");
      }
      try {
        if (get("/system").contains("DicomPort")) {
          return;
        }
      } catch (IOException notYet) {
        // keep waiting
      }
      sleep(200);
    }
    throw new AssertionError("Orthanc not ready after 60 s");
  }

  /** Uploads every file under {@code dir} through the REST API; returns the number stored. */
  public int upload(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      int n = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        var r = HTTP.send(HttpRequest.newBuilder(uri("/instances")).POST(HttpRequest.BodyPublishers.ofFile(f))
            .header("Content-Type", "application/dicom").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new AssertionError("Orthanc refused " + f + ": HTTP " + r.statusCode() + " " + r.body());
        }
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new AssertionError("upload failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  public String get(String path) throws IOException {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException("HTTP " + r.statusCode() + " for " + path);
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + HTTP_PORT + path);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
