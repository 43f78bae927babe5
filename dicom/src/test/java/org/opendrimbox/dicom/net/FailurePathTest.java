package org.opendrimbox.dicom.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.service.BasicCStoreScp;
import org.opendrimbox.dicom.net.service.DicomService;
import org.opendrimbox.dicom.net.service.DicomServiceException;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/** Abort, timeout and error-mapping paths: every one must end in an exception or a status, never in a hang. */
@Timeout(60)
class FailurePathTest {
  /** Generous timeouts for everything that must work on a loaded machine; each test shortens only what it probes. */
  private static final ConnectionSettings FAST = ConnectionSettings.defaults().withTimeouts(5000, 5000, 0, 5000, 5000);
  @TempDir
  Path tmp;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Device scp = new Device("scp", FAST, executor);
  private final Device scu = new Device("scu", FAST, executor);
  private final List<Device> extra = new java.util.ArrayList<>();

  private Device device(String name, ConnectionSettings settings) {
    Device d = new Device(name, settings, executor);
    extra.add(d);
    return d;
  }

  @AfterEach
  void stop() {
    extra.forEach(Device::close);
    scu.close();
    scp.close();
    executor.shutdownNow();
  }

  /** Listens as "SCP" with one service for Verification and CT storage. */
  private RemoteAe listen(ConnectionSettings settings, DicomService service) throws IOException {
    Device d = settings == FAST ? scp : device("scp2", settings);
    AeListener l = d.listen(new LocalAe("SCP", List.of(TransferCapability.scp("*", "*")), Set.of()), "127.0.0.1", 0,
        new DicomServiceRegistry().add(service));
    return new RemoteAe("SCP", "127.0.0.1", l.port());
  }

  private static DicomService onEcho(Handler h) {
    return new DicomService() {
      @Override
      public List<String> sopClasses() {
        return List.of(UID.Verification);
      }

      @Override
      public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd,
          PDVInputStream data) throws IOException {
        h.handle(as, pc, cmd);
      }
    };
  }

  interface Handler {
    void handle(Association as, PresentationContext pc, Attributes cmd) throws IOException;
  }

  private Association echoAssociation(RemoteAe remote) throws IOException {
    return echoAssociation(scu, remote);
  }

  private Association echoAssociation(Device from, RemoteAe remote) throws IOException {
    return from.connect(remote, new AssociationRequest("SCU", "SCP").addPresentationContext(UID.Verification,
        UID.ImplicitVRLittleEndian), null);
  }

  @Test
  void localAbortClosesBothSides() throws Exception {
    Association as = echoAssociation(listen(FAST, onEcho((a, pc, cmd) -> { })));
    as.abort();
    assertThat(as.isClosed()).isTrue();
    assertThatThrownBy(() -> Dimses.echo(as)).isInstanceOf(IOException.class);
    LoopbackTest.awaitNoAssociations(scp);
  }

  @Test
  void peerAbortFailsTheOutstandingRequest() throws Exception {
    Association as = echoAssociation(listen(FAST, onEcho((a, pc, cmd) -> a.abort())));
    DimseRSP rsp = Dimses.echo(as);
    assertThatThrownBy(rsp::next).isInstanceOf(AAbortException.class).hasMessageContaining("aborted by peer");
    assertThat(as.awaitClose(5000)).isTrue();
  }

  @Test
  void silentPeerTimesOutTheAssociationRequest() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      RemoteAe remote = new RemoteAe("SILENT", "127.0.0.1", silent.getLocalPort());
      Device impatient = device("impatient", FAST.withTimeouts(2000, 300, 0, 300, 300));
      assertThatThrownBy(() -> echoAssociation(impatient, remote)).isInstanceOf(AssociationTimeoutException.class)
          .hasMessageContaining("negotiation");
    }
  }

  @Test
  void missingResponseTimesOutAndAborts() throws Exception {
    Device impatient = device("impatient", FAST.withTimeouts(5000, 5000, 0, 300, 300));
    Association as = echoAssociation(impatient, listen(FAST, onEcho((a, pc, cmd) -> { })));
    DimseRSP rsp = Dimses.echo(as);
    assertThatThrownBy(rsp::next).isInstanceOf(AssociationTimeoutException.class)
        .hasMessageContaining("DIMSE response");
    assertThat(as.awaitClose(5000)).isTrue();
    LoopbackTest.awaitNoAssociations(scp);
  }

  @Test
  void idleAssociationIsClosedByTheAcceptor() throws Exception {
    ConnectionSettings idle = FAST.withTimeouts(5000, 5000, 300, 5000, 5000);
    Association as = echoAssociation(listen(idle, onEcho((a, pc, cmd) -> { })));
    assertThat(as.awaitClose(10_000)).isTrue();
    assertThat(as.closeCause()).isInstanceOf(AAbortException.class);
  }

  @Test
  void serviceExceptionBecomesStatusAndErrorComment() throws Exception {
    BasicCStoreScp full = new BasicCStoreScp(List.of("*")) {
      @Override
      protected void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data,
          Attributes rsp) throws IOException {
        throw new DicomServiceException(Status.OutOfResources, "disk full");
      }
    };
    RemoteAe remote = listen(FAST, full);
    Path f = TestFiles.writeStudy(tmp, "1.2.3", 1, 100_000).get(0);
    Part10File p = Part10File.open(f);
    Association as = scu.connect(remote, new AssociationRequest("SCU", "SCP")
        .addPresentationContext(p.sopClassUid(), p.transferSyntax()), null);
    Attributes rsp = Dimses.store(as, p.sopClassUid(), p.sopInstanceUid(), 0, p.dataWriter(), p.transferSyntax())
        .finalResponse();
    assertThat(Commands.status(rsp)).isEqualTo(Status.OutOfResources);
    assertThat(rsp.getString(Tag.ErrorComment)).isEqualTo("disk full");
    // the unread data set was drained: the association is still usable
    Attributes again = Dimses.store(as, p.sopClassUid(), p.sopInstanceUid(), 0, p.dataWriter(), p.transferSyntax())
        .finalResponse();
    assertThat(Commands.status(again)).isEqualTo(Status.OutOfResources);
    as.release();
  }

  @Test
  void peerThatStopsReadingIsAbortedInsteadOfBlockingTheScp() throws Exception {
    java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    org.opendrimbox.dicom.net.service.BasicCFindScp flood =
        new org.opendrimbox.dicom.net.service.BasicCFindScp(List.of(UID.StudyRootQueryRetrieveInformationModelFind)) {
          @Override
          protected org.opendrimbox.dicom.net.service.QueryTask calculateMatches(Association as, Attributes rq,
              Attributes keys) {
            return new org.opendrimbox.dicom.net.service.QueryTask() {
              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Attributes next() {
                Attributes a = new Attributes();
                a.setBytes(0x00091010, org.opendrimbox.dicom.data.VR.OB, new byte[256 * 1024]);
                return a;
              }

              @Override
              public void close() {
                ended.countDown();
              }
            };
          }
        };
    Device d = device("flood", FAST.withTimeouts(5000, 5000, 0, 300, 300));
    AeListener l = d.listen(new LocalAe("SCP", List.of(TransferCapability.scp("*", "*")), Set.of()), "127.0.0.1", 0,
        new DicomServiceRegistry().add(flood));
    try (Socket raw = new Socket("127.0.0.1", l.port())) {
      raw.setReceiveBufferSize(65536);
      java.io.OutputStream out = raw.getOutputStream();
      String cuid = UID.StudyRootQueryRetrieveInformationModelFind;
      out.write(org.opendrimbox.dicom.net.pdu.PduEncoder.encode(new AssociationRequest("RAW", "SCP")
          .addPresentationContext(cuid, UID.ImplicitVRLittleEndian).build(16384)));
      byte[] header = raw.getInputStream().readNBytes(6);
      assertThat(header[0]).isEqualTo((byte) 2); // A-ASSOCIATE-AC
      raw.getInputStream().readNBytes(((header[4] & 0xFF) << 8) | (header[5] & 0xFF));
      PDVOutputStream cmd = new PDVOutputStream(out, new byte[16390], 1, true);
      cmd.write(CommandCodec.encode(Commands.mkFindRQ(1, cuid, 0)));
      cmd.close();
      PDVOutputStream data = new PDVOutputStream(out, new byte[16390], 1, false);
      Attributes keys = new Attributes();
      keys.setString(Tag.QueryRetrieveLevel, org.opendrimbox.dicom.data.VR.CS, "STUDY");
      Datasets.writer(keys).writeTo(data, UID.ImplicitVRLittleEndian);
      data.close();
      // from now on this peer reads nothing: the SCP's writes block until its reader aborts the association
      assertThat(ended.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      LoopbackTest.awaitNoAssociations(d);
    }
  }

  @Test
  void peerClosingTheSocketFailsPendingRequests() throws Exception {
    try (ServerSocket fake = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      executor.execute(() -> {
        try (Socket s = fake.accept()) {
          s.getInputStream().readNBytes(6); // start of the A-ASSOCIATE-RQ, then hang up
        } catch (IOException ignored) {
          // test peer
        }
      });
      RemoteAe remote = new RemoteAe("FAKE", "127.0.0.1", fake.getLocalPort());
      assertThatThrownBy(() -> echoAssociation(remote)).isInstanceOf(IOException.class);
    }
  }
}
