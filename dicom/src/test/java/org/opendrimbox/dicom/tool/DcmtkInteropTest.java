package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.net.Part10File;

/**
 * Our storescp receiving from dcmtk's echoscu and storescu, and our store sending to dcmtk's storescp, as forked
 * processes on loopback. Received files keep the sent data set byte for byte and pass dcmdump and dciodvfy.
 */
@Timeout(300)
class DcmtkInteropTest {
  private static final int N = 12;
  @TempDir
  static Path tmp;
  private static ExternalPeers peers;
  private static Path study;

  @BeforeAll
  static void start() throws Exception {
    peers = new ExternalPeers();
    study = tmp.resolve("study");
    Studies.make(peers, study, N, "dcmtk-interop");
  }

  @AfterAll
  static void stop() {
    peers.close();
  }

  @Test
  void dcmtkStorescuToOurStorescp() throws Exception {
    String storescu = ExternalPeers.require("storescu", "dcmtk");
    String echoscu = ExternalPeers.require("echoscu", "dcmtk");
    int port = ExternalPeers.freePort();
    Path out = tmp.resolve("ours");
    Path log = tmp.resolve("storescp.log");
    Process scp = peers.start(ExternalPeers.cli(List.of(), "storescp", "--aet", "OURSCP", "--port",
        Integer.toString(port), "--bind", "127.0.0.1", "--dir", out.toString()), log);
    ExternalPeers.awaitPort(port, scp, log, 30);
    peers.run(List.of(echoscu, "-aec", "OURSCP", "127.0.0.1", Integer.toString(port)), tmp, 60).assertOk("echoscu");
    peers.run(List.of(storescu, "-aec", "OURSCP", "+sd", "+r", "127.0.0.1", Integer.toString(port),
        study.toString()), tmp, 120).assertOk("storescu");
    ExternalPeers.kill(scp);
    assertSameInstances(out, uid -> out.resolve(uid + ".dcm"));
  }

  @Test
  void ourStoreToDcmtkStorescp() throws Exception {
    String storescp = ExternalPeers.require("storescp", "dcmtk");
    int port = ExternalPeers.freePort();
    Path out = Files.createDirectories(tmp.resolve("dcmtk"));
    Path log = tmp.resolve("dcmtk-storescp.log");
    Process scp = peers.start(List.of(storescp, "-aet", "DCMTKSCP", "-od", out.toString(), Integer.toString(port)),
        log);
    ExternalPeers.awaitPort(port, scp, log, 30);
    String rsp = peers.run(ExternalPeers.cli(List.of(), "store", "-c", "DCMTKSCP@127.0.0.1:" + port,
        study.toString()), tmp, 120).assertOk("store").output();
    assertThat(rsp).contains("C-STORE: " + N + " sent, 0 failed");
    ExternalPeers.kill(scp);
    Map<String, Path> byUid = new HashMap<>();
    for (Path f : Studies.dicomFiles(out)) {
      byUid.put(Part10File.open(f).sopInstanceUid(), f);
    }
    assertSameInstances(out, byUid::get);
  }

  private static void assertSameInstances(Path out, java.util.function.Function<String, Path> received)
      throws Exception {
    List<Path> files = Studies.dicomFiles(out);
    assertThat(files).hasSize(N);
    for (Path sent : Studies.dicomFiles(study)) {
      Path r = received.apply(Part10File.open(sent).sopInstanceUid());
      assertThat(r).isNotNull().exists();
      assertThat(OrthancInteropTest.dataset(r)).as("data set of " + r).isEqualTo(OrthancInteropTest.dataset(sent));
    }
    Studies.validate(peers, files, tmp);
  }
}
