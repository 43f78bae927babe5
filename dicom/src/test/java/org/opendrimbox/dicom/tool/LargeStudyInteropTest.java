package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.net.RemoteAe;

/**
 * Memory bound: the 1,300-instance (172 MB) synthetic study is retrieved from Orthanc by C-GET and by C-MOVE with the
 * command line tool running in a JVM capped at 64 MB of heap; both must complete with every instance on disk.
 */
@Timeout(600)
class LargeStudyInteropTest {
  private static final int N = 1300;
  private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError");
  @TempDir
  static Path tmp;
  private static ExternalPeers peers;
  private static OrthancPeer orthanc;
  private static int movePort;
  private static String studyUid;

  @BeforeAll
  static void start() throws Exception {
    peers = new ExternalPeers();
    movePort = ExternalPeers.freePort();
    orthanc = OrthancPeer.start(peers, tmp.resolve("orthanc"), List.of(new RemoteAe("DRIMBOX", "127.0.0.1",
        movePort)), 131072);
    studyUid = Studies.make(peers, tmp.resolve("study"), N, "drimbox");
    String out = peers.run(ExternalPeers.cli(SMALL_HEAP, "store", "-c", orthanc.connect(),
        tmp.resolve("study").toString()), tmp, 300).assertOk("store").output();
    assertThat(out).contains("C-STORE: " + N + " sent, 0 failed");
  }

  @AfterAll
  static void stop() {
    peers.close();
  }

  @Test
  void getWithSixtyFourMegabytesOfHeap() throws Exception {
    Path out = tmp.resolve("get");
    String rsp = peers.run(ExternalPeers.cli(SMALL_HEAP, "get", "-c", orthanc.connect(), "-L", "STUDY", "-m",
        "StudyInstanceUID=" + studyUid, "--dir", out.toString()), tmp, 300).assertOk("get -Xmx64m").output();
    assertThat(rsp).contains("completed " + N + ", failed 0").contains("received " + N + " files");
    assertThat(Studies.dicomFiles(out)).hasSize(N);
    Studies.validate(peers, Studies.dicomFiles(out).subList(0, 3), tmp);
  }

  @Test
  void moveWithSixtyFourMegabytesOfHeap() throws Exception {
    Path out = tmp.resolve("move");
    String rsp = peers.run(ExternalPeers.cli(SMALL_HEAP, "move", "-c", orthanc.connect(), "-L", "STUDY", "-m",
        "StudyInstanceUID=" + studyUid, "--dest", "DRIMBOX", "--port", Integer.toString(movePort), "--bind",
        "127.0.0.1", "--dir", out.toString()), tmp, 300).assertOk("move -Xmx64m").output();
    assertThat(rsp).contains("completed " + N + ", failed 0").contains("received " + N + " files");
    assertThat(Studies.dicomFiles(out)).hasSize(N);
    Studies.validate(peers, Studies.dicomFiles(out).subList(N - 3, N), tmp);
  }
}
