package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.net.AeListener;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.LocalAe;
import org.opendrimbox.dicom.net.Part10File;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.TransferCapability;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.BasicCFindScp;
import org.opendrimbox.dicom.net.service.BasicRetrieveScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.service.QueryTask;

/**
 * Our query/retrieve SCP templates (C-FIND, C-GET with sub-operations on the same association, C-MOVE to a third
 * party) driven by dcmtk's findscu, getscu and movescu over loopback, with dcmtk's storescp as move destination.
 */
@Timeout(300)
class ScpInteropTest {
  private static final int N = 8;
  @TempDir
  static Path tmp;
  private static ExternalPeers peers;
  private static ExecutorService executor;
  private static Device device;
  private static int port;
  private static int destPort;
  private static String studyUid;
  private static final Map<String, Path> FILES = new HashMap<>();
  private static final Map<String, Attributes> HEADERS = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    peers = new ExternalPeers();
    studyUid = Studies.make(peers, tmp.resolve("archive"), N, "scp-interop");
    for (Path f : Studies.dicomFiles(tmp.resolve("archive"))) {
      try (InputStream in = Files.newInputStream(f)) {
        Attributes a = new DicomInputStream(in).readDataset(Tag.PixelData);
        FILES.put(a.getString(Tag.SOPInstanceUID), f);
        HEADERS.put(a.getString(Tag.SOPInstanceUID), a);
      }
    }
    destPort = ExternalPeers.freePort();
    executor = Executors.newCachedThreadPool();
    device = new Device("qr-scp", ConnectionSettings.defaults(), executor);
    LocalAe ae = new LocalAe("OURQR", List.of(TransferCapability.scp("*", "*"), TransferCapability.scu("*", "*")),
        Set.of());
    AeListener l = device.listen(ae, "127.0.0.1", 0, new DicomServiceRegistry().add(new BasicCEchoScp())
        .add(new Find()).add(new Retrieve()));
    port = l.port();
  }

  @AfterAll
  static void stop() {
    device.close();
    executor.shutdownNow();
    peers.close();
  }

  /** STUDY level: one answer for the study; IMAGE level: one per instance. */
  static final class Find extends BasicCFindScp {
    Find() {
      super(List.of(UID.StudyRootQueryRetrieveInformationModelFind));
    }

    @Override
    protected QueryTask calculateMatches(Association as, Attributes rq, Attributes keys) {
      List<Attributes> out = new ArrayList<>();
      boolean image = "IMAGE".equals(keys.getString(Tag.QueryRetrieveLevel));
      for (Attributes h : HEADERS.values()) {
        Attributes m = new Attributes();
        m.setString(Tag.QueryRetrieveLevel, VR.CS, image ? "IMAGE" : "STUDY");
        m.setString(Tag.PatientID, VR.LO, h.getString(Tag.PatientID));
        m.setString(Tag.StudyInstanceUID, VR.UI, h.getString(Tag.StudyInstanceUID));
        if (image) {
          m.setString(Tag.SOPInstanceUID, VR.UI, h.getString(Tag.SOPInstanceUID));
        }
        out.add(m);
        if (!image) {
          break;
        }
      }
      return QueryTask.of(out);
    }
  }

  /** Every instance of the requested study. */
  static final class Retrieve extends BasicRetrieveScp {
    Retrieve() {
      super(List.of(UID.StudyRootQueryRetrieveInformationModelGet, UID.StudyRootQueryRetrieveInformationModelMove));
    }

    @Override
    protected List<Part10File> calculateMatches(Association as, Attributes rq, Attributes keys) throws IOException {
      List<Part10File> out = new ArrayList<>();
      if (studyUid.equals(keys.getString(Tag.StudyInstanceUID))) {
        for (Path f : FILES.values()) {
          out.add(Part10File.open(f));
        }
      }
      return out;
    }

    @Override
    protected RemoteAe destination(String aet) {
      return aet.equals("STORESCP") ? new RemoteAe("STORESCP", "127.0.0.1", destPort) : null;
    }
  }

  private static String p() {
    return Integer.toString(port);
  }

  @Test
  void dcmtkFindscuGetsPendingAnswers() throws Exception {
    String findscu = ExternalPeers.require("findscu", "dcmtk");
    Path out = Files.createDirectories(tmp.resolve("find"));
    peers.run(List.of(findscu, "-S", "-aec", "OURQR", "-X", "-od", out.toString(), "-k", "QueryRetrieveLevel=IMAGE",
        "-k", "StudyInstanceUID=" + studyUid, "-k", "SOPInstanceUID", "127.0.0.1", p()), tmp, 60).assertOk("findscu");
    List<Path> answers = Studies.dicomFiles(out);
    assertThat(answers).hasSize(N);
    List<String> uids = new ArrayList<>();
    for (Path a : answers) {
      try (InputStream in = Files.newInputStream(a)) {
        uids.add(new DicomInputStream(in).readDataset().getString(Tag.SOPInstanceUID));
      }
    }
    assertThat(uids).containsExactlyInAnyOrderElementsOf(FILES.keySet());
  }

  @Test
  void dcmtkGetscuReceivesEveryInstanceOnTheSameAssociation() throws Exception {
    String getscu = ExternalPeers.require("getscu", "dcmtk");
    Path out = Files.createDirectories(tmp.resolve("get"));
    peers.run(List.of(getscu, "-S", "-aec", "OURQR", "-od", out.toString(), "-k", "QueryRetrieveLevel=STUDY", "-k",
        "StudyInstanceUID=" + studyUid, "127.0.0.1", p()), tmp, 120).assertOk("getscu");
    assertSameInstances(out);
  }

  @Test
  void dcmtkMovescuMovesToDcmtkStorescp() throws Exception {
    String movescu = ExternalPeers.require("movescu", "dcmtk");
    String storescp = ExternalPeers.require("storescp", "dcmtk");
    Path out = Files.createDirectories(tmp.resolve("move"));
    Path log = tmp.resolve("storescp.log");
    Process scp = peers.start(List.of(storescp, "-aet", "STORESCP", "-od", out.toString(), Integer.toString(destPort)),
        log);
    ExternalPeers.awaitPort(destPort, scp, log, 30);
    peers.run(List.of(movescu, "-S", "-aec", "OURQR", "-aem", "STORESCP", "-k", "QueryRetrieveLevel=STUDY", "-k",
        "StudyInstanceUID=" + studyUid, "127.0.0.1", p()), tmp, 120).assertOk("movescu");
    ExternalPeers.kill(scp);
    assertSameInstances(out);
  }

  private static Attributes read(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return new DicomInputStream(in).readDataset();
    }
  }

  private static void assertSameInstances(Path out) throws Exception {
    List<Path> got = Studies.dicomFiles(out);
    assertThat(got).hasSize(N);
    for (Path r : got) {
      Path sent = FILES.get(Part10File.open(r).sopInstanceUid());
      assertThat(sent).as("unexpected instance " + r).isNotNull();
      // dcmtk re-encodes what it writes (e.g. sequences with undefined length): compare content, not bytes
      Attributes got1 = read(r);
      Attributes sent1 = read(sent);
      assertThat(got1.tags()).isEqualTo(sent1.tags());
      assertThat(got1.getBytes(Tag.PixelData)).isEqualTo(sent1.getBytes(Tag.PixelData));
      assertThat(got1.getString(Tag.PatientName)).isEqualTo(sent1.getString(Tag.PatientName));
    }
    Studies.validate(peers, got, tmp);
  }
}
