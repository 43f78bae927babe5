package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.net.Part10File;
import org.opendrimbox.dicom.net.RemoteAe;

/**
 * Our command line tool against a real Orthanc (Debian package) on loopback: echo, store, find, get, and move into
 * our own receiver; every received file passes dcmdump and dciodvfy and carries the data set Orthanc holds.
 */
@Timeout(300)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrthancInteropTest {
  private static final int N = 24;
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
        movePort)), 16384, true);
    studyUid = Studies.make(peers, tmp.resolve("study"), N, "orthanc-interop");
  }

  @AfterAll
  static void stop() {
    peers.close();
  }

  private static ExternalPeers.Result cli(String... args) throws Exception {
    return peers.run(ExternalPeers.cli(List.of(), args), tmp, 120);
  }

  @Test
  @Order(1)
  void echo() throws Exception {
    assertThat(cli("echo", "-c", orthanc.connect()).assertOk("echo").output()).contains("status 0000H");
  }

  @Test
  @Order(2)
  void storeStudy() throws Exception {
    String out = cli("store", "-c", orthanc.connect(), tmp.resolve("study").toString()).assertOk("store").output();
    assertThat(out).contains("C-STORE: " + N + " sent, 0 failed");
    assertThat(orthanc.countInstances()).isEqualTo(N);
  }

  @Test
  @Order(3)
  void findStudyAndImages() throws Exception {
    String study = cli("find", "-c", orthanc.connect(), "-L", "STUDY", "-m", "StudyInstanceUID=" + studyUid,
        "-r", "PatientID", "-r", "NumberOfStudyRelatedInstances").assertOk("find").output();
    assertThat(study).contains("StudyInstanceUID=" + studyUid).contains("NumberOfStudyRelatedInstances=" + N)
        .contains("C-FIND: status 0000H; 1 matches");
    String images = cli("find", "-c", orthanc.connect(), "-L", "IMAGE", "-m", "StudyInstanceUID=" + studyUid,
        "-r", "SOPInstanceUID").assertOk("find images").output();
    assertThat(images).contains("; " + N + " matches");
    assertThat(images.lines().filter(l -> l.contains("SOPInstanceUID=2.25.")).count()).isEqualTo(N);
  }

  @Test
  @Order(4)
  void getStudy() throws Exception {
    Path out = tmp.resolve("get");
    String rsp = cli("get", "-c", orthanc.connect(), "-L", "STUDY", "-m", "StudyInstanceUID=" + studyUid, "--dir",
        out.toString()).assertOk("get").output();
    assertThat(rsp).contains("completed " + N + ", failed 0").contains("received " + N + " files");
    checkReceived(out);
  }

  @Test
  @Order(5)
  void moveStudyToOurReceiver() throws Exception {
    Path out = tmp.resolve("move");
    String rsp = cli("move", "-c", orthanc.connect(), "-L", "STUDY", "-m", "StudyInstanceUID=" + studyUid, "--dest",
        "DRIMBOX", "--port", Integer.toString(movePort), "--bind", "127.0.0.1", "--dir", out.toString())
        .assertOk("move").output();
    assertThat(rsp).contains("completed " + N + ", failed 0").contains("received " + N + " files");
    checkReceived(out);
  }

  @Test
  @Order(6)
  void unknownMoveDestinationIsReported() throws Exception {
    ExternalPeers.Result r = cli("move", "-c", orthanc.connect(), "-L", "STUDY", "-m", "StudyInstanceUID=" + studyUid,
        "--dest", "NOWHERE");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("C-MOVE: status");
  }

  @Test
  @Order(7)
  void wadoRsMultipartFromOrthancParsesWithOurMimeParser() throws Exception {
    java.net.http.HttpResponse<java.io.InputStream> r = orthanc.getStream("/dicom-web/studies/" + studyUid,
        "multipart/related; type=\"application/dicom\"; transfer-syntax=*");
    org.opendrimbox.dicom.mime.MediaType type = org.opendrimbox.dicom.mime.MediaType.parse(
        r.headers().firstValue("Content-Type").orElseThrow());
    java.util.Set<String> received = new java.util.HashSet<>();
    try (java.io.InputStream body = r.body()) {
      int parts = new org.opendrimbox.dicom.mime.MultipartParser(type.boundary()).parse(body, (i, headers, part) -> {
        assertThat(headers.get("content-type")).startsWith("application/dicom");
        org.opendrimbox.dicom.data.Attributes a = new org.opendrimbox.dicom.io.DicomInputStream(part)
            .readDataset(org.opendrimbox.dicom.data.Tag.PixelData);
        received.add(a.getString(org.opendrimbox.dicom.data.Tag.SOPInstanceUID));
      });
      assertThat(parts).isEqualTo(N);
    }
    java.util.Set<String> sent = new java.util.HashSet<>();
    for (Path f : Studies.dicomFiles(tmp.resolve("study"))) {
      sent.add(Part10File.open(f).sopInstanceUid());
    }
    assertThat(received).isEqualTo(sent);
  }

  /** Same instances as sent, data sets byte-identical, valid for dcmdump and dciodvfy. */
  private static void checkReceived(Path out) throws Exception {
    List<Path> received = Studies.dicomFiles(out);
    assertThat(received).hasSize(N);
    for (Path sent : Studies.dicomFiles(tmp.resolve("study"))) {
      Part10File s = Part10File.open(sent);
      Path r = out.resolve(s.sopInstanceUid() + ".dcm");
      assertThat(r).exists();
      assertThat(dataset(r)).as("data set of " + r).isEqualTo(dataset(sent));
    }
    Studies.validate(peers, received, tmp);
  }

  static byte[] dataset(Path f) throws Exception {
    Part10File p = Part10File.open(f);
    byte[] all = Files.readAllBytes(f);
    return java.util.Arrays.copyOfRange(all, (int) p.dataOffset(), all.length);
  }
}
