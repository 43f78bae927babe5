package org.opendrimbox.dicom.tool;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.opendrimbox.dicom.net.RemoteAe;

/**
 * A private Orthanc (Debian package) for one test class: configuration from src/test/resources/net/orthanc.json in a
 * temporary directory, dynamic HTTP and DICOM ports, only the given AE titles allowed (checked against 127.0.0.1).
 */
final class OrthancPeer {
  final int httpPort;
  final int dicomPort;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private OrthancPeer(int httpPort, int dicomPort, Process process) {
    this.httpPort = httpPort;
    this.dicomPort = dicomPort;
    this.process = process;
  }

  /** Starts Orthanc knowing {@code modalities} (AE title to its address; the port matters for C-MOVE). */
  static OrthancPeer start(ExternalPeers peers, Path dir, List<RemoteAe> modalities, int maxPdu) throws Exception {
    return start(peers, dir, modalities, maxPdu, false);
  }

  /** As above; {@code dicomWeb} also loads the DICOMweb plugin (package orthanc-dicomweb). */
  static OrthancPeer start(ExternalPeers peers, Path dir, List<RemoteAe> modalities, int maxPdu, boolean dicomWeb)
      throws Exception {
    String bin = ExternalPeers.require("Orthanc", "orthanc");
    String plugins = "";
    if (dicomWeb) {
      Path plugin = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
      if (!Files.exists(plugin)) {
        fail("Orthanc DICOMweb plugin not found at " + plugin + " (apt-get install orthanc-dicomweb)");
      }
      plugins = "\"" + plugin + "\"";
    }
    int http = ExternalPeers.freePort();
    int dicom = ExternalPeers.freePort();
    StringJoiner mods = new StringJoiner(",\n    ");
    for (RemoteAe m : modalities) {
      mods.add("\"" + m.aeTitle() + "\": {\"AET\": \"" + m.aeTitle() + "\", \"Host\": \"" + m.host()
          + "\", \"Port\": " + m.port() + "}");
    }
    String config;
    try (InputStream in = OrthancPeer.class.getResourceAsStream("/net/orthanc.json")) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    config = config.replace("@DIR@", dir.toAbsolutePath().toString()).replace("@HTTP_PORT@", Integer.toString(http))
        .replace("@DICOM_PORT@", Integer.toString(dicom)).replace("@MODALITIES@", mods.toString())
        .replace("@MAX_PDU@", Integer.toString(maxPdu)).replace("@PLUGINS@", plugins);
    Files.createDirectories(dir);
    Path json = dir.resolve("orthanc.json");
    Files.writeString(json, config);
    Path log = dir.resolve("orthanc.out");
    Process p = peers.start(List.of(bin, "--logdir=" + dir.toAbsolutePath(), json.toString()), log);
    OrthancPeer o = new OrthancPeer(http, dicom, p);
    o.awaitReady(log);
    return o;
  }

  RemoteAe ae() {
    return new RemoteAe("ORTHANC", "127.0.0.1", dicomPort);
  }

  String connect() {
    return "ORTHANC@127.0.0.1:" + dicomPort;
  }

  private void awaitReady(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("Orthanc exited during start-up:\n" + Files.readString(log));
      }
      try {
        if (get("/system").contains("\"DicomPort\"")) {
          ExternalPeers.awaitPort(dicomPort, process, log, 30);
          return;
        }
      } catch (IOException notYet) {
        // keep waiting
      }
      Thread.sleep(200);
    }
    fail("Orthanc not ready after 60 s:\n" + Files.readString(log));
  }

  /** GET with an Accept header, body as a stream (loopback). */
  HttpResponse<InputStream> getStream(String path, String accept) throws IOException, InterruptedException {
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
        .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
    if (r.statusCode() != 200) {
      r.body().close();
      throw new IOException("HTTP " + r.statusCode() + " for " + path);
    }
    return r;
  }

  /** GET on the REST API (loopback). */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + " for " + path);
    }
    return r.body();
  }

  /** Number of instances Orthanc holds, from /statistics. */
  int countInstances() throws IOException, InterruptedException {
    String s = get("/statistics");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"CountInstances\"\\s*:\\s*(\\d+)").matcher(s);
    if (!m.find()) {
      fail("unexpected /statistics answer: " + s);
    }
    return Integer.parseInt(m.group(1));
  }
}
