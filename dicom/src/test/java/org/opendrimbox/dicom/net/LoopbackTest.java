package org.opendrimbox.dicom.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.net.pdu.AAssociateRJ;
import org.opendrimbox.dicom.net.service.AppendingStoreScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.service.DirectoryStoreScp;

/** SCU and SCP of this library over a real loopback socket: every DIMSE-C service, release and cancel. */
@Timeout(60)
class LoopbackTest {
  @TempDir
  Path tmp;
  private TestPeers peers;
  private List<Path> archive;

  @BeforeEach
  void start() throws Exception {
    archive = TestFiles.writeStudy(tmp.resolve("archive"), "1.2.826.0.1.3680043.2.1", 4, 40_000);
    Files.createDirectories(tmp.resolve("store"));
    Files.createDirectories(tmp.resolve("dest"));
    peers = new TestPeers(ConnectionSettings.defaults().withMaxPduLength(16384, 16384), tmp.resolve("store"),
        tmp.resolve("dest"), archive, 5);
  }

  @AfterEach
  void stop() throws Exception {
    peers.close();
  }

  private Association open(AssociationRequest rq, DicomServiceRegistry services) throws Exception {
    return peers.scu.connect(peers.scpAe(), rq, services);
  }

  @Test
  void echoThenRelease() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(UID.Verification,
        UID.ImplicitVRLittleEndian), null);
    assertThat(as.name()).startsWith("SCU->SCP(");
    DimseRSP rsp = Dimses.echo(as);
    assertThat(rsp.next()).isTrue();
    assertThat(rsp.status()).isEqualTo(Status.Success);
    assertThat(rsp.next()).isFalse();
    java.util.concurrent.CompletableFuture<Integer> async = new java.util.concurrent.CompletableFuture<>();
    Dimses.echo(as, (a, cmd, data) -> async.complete(Commands.status(cmd)));
    assertThat(async.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(Status.Success);
    as.release();
    assertThat(as.isClosed()).isTrue();
    assertThat(as.closeCause()).isNull();
    awaitNoAssociations(peers.device);
  }

  @Test
  void storeStreamsFilesUnchanged() throws Exception {
    AssociationRequest rq = new AssociationRequest("SCU", "SCP").addPresentationContext(UID.CTImageStorage,
        UID.ExplicitVRLittleEndian);
    Association as = open(rq, null);
    for (Path f : archive) {
      Part10File p = Part10File.open(f);
      Attributes rsp = Dimses.store(as, p.sopClassUid(), p.sopInstanceUid(), Priority.MEDIUM, p.dataWriter(),
          p.transferSyntax()).finalResponse();
      assertThat(Commands.status(rsp)).isEqualTo(Status.Success);
      assertThat(rsp.getString(Tag.AffectedSOPInstanceUID)).isEqualTo(p.sopInstanceUid());
      Path received = tmp.resolve("store").resolve(p.sopInstanceUid() + ".dcm");
      assertThat(TestFiles.dataset(received)).isEqualTo(TestFiles.dataset(f));
      Part10File r = Part10File.open(received);
      assertThat(r.sopClassUid()).isEqualTo(UID.CTImageStorage);
      assertThat(r.transferSyntax()).isEqualTo(UID.ExplicitVRLittleEndian);
    }
    as.release();
  }

  @Test
  void storeWithoutMatchingContextFailsBeforeSending() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(UID.Verification,
        UID.ImplicitVRLittleEndian), null);
    Part10File p = Part10File.open(archive.get(0));
    assertThatThrownBy(() -> Dimses.store(as, p.sopClassUid(), p.sopInstanceUid(), 0, p.dataWriter(),
        p.transferSyntax())).isInstanceOf(NoPresentationContextException.class);
    as.release();
  }

  @Test
  void findReturnsPendingResponsesThenSuccess() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelFind, TestPeers.UNCOMPRESSED), null);
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    keys.setValue(Tag.StudyInstanceUID, VR.UI, null);
    DimseRSP rsp = Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.MEDIUM, keys);
    List<String> uids = new ArrayList<>();
    while (rsp.next()) {
      if (rsp.status() == Status.Pending) {
        uids.add(rsp.getDataset().getString(Tag.StudyInstanceUID));
      }
    }
    assertThat(rsp.status()).isEqualTo(Status.Success);
    assertThat(uids).containsExactly("1.2.3.1", "1.2.3.2", "1.2.3.3", "1.2.3.4", "1.2.3.5");
    as.release();
  }

  @Test
  void findFailureIsAStatusWithErrorComment() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelFind, UID.ImplicitVRLittleEndian), null);
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    keys.setString(Tag.PatientID, VR.LO, "FAIL");
    Attributes last = Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.MEDIUM, keys)
        .finalResponse();
    assertThat(Commands.status(last)).isEqualTo(Status.UnableToProcess);
    assertThat(last.getString(Tag.ErrorComment)).isEqualTo("index offline");
    as.release();
  }

  @Test
  void cancelEndsAnEndlessFind() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelFind, UID.ImplicitVRLittleEndian), null);
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    keys.setString(Tag.PatientID, VR.LO, "ENDLESS");
    DimseRSP rsp = Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.MEDIUM, keys);
    assertThat(rsp.next()).isTrue();
    assertThat(rsp.status()).isEqualTo(Status.Pending);
    rsp.cancel();
    assertThat(Commands.status(rsp.finalResponse())).isEqualTo(Status.Cancel);
    as.release();
  }

  @Test
  void moveSendsEveryInstanceToTheDestination() throws Exception {
    Association as = open(new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelMove, UID.ImplicitVRLittleEndian), null);
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    keys.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1");
    DimseRSP rsp = Dimses.move(as, UID.StudyRootQueryRetrieveInformationModelMove, Priority.MEDIUM, keys, "DEST");
    int pending = 0;
    while (rsp.next()) {
      pending += Status.isPending(rsp.status()) ? 1 : 0;
    }
    Attributes last = rsp.getCommand();
    assertThat(Commands.status(last)).isEqualTo(Status.Success);
    assertThat(last.getInt(Tag.NumberOfCompletedSuboperations, -1)).isEqualTo(4);
    assertThat(pending).isEqualTo(3);
    for (Path f : archive) {
      String iuid = Part10File.open(f).sopInstanceUid();
      assertThat(TestFiles.dataset(tmp.resolve("dest").resolve(iuid + ".dcm"))).isEqualTo(TestFiles.dataset(f));
    }
    Attributes unknown = Dimses.move(as, UID.StudyRootQueryRetrieveInformationModelMove, 0, keys, "NOWHERE")
        .finalResponse();
    assertThat(Commands.status(unknown)).isEqualTo(Status.MoveDestinationUnknown);
    as.release();
  }

  @Test
  void getReceivesInstancesOnTheSameAssociation() throws Exception {
    AssociationRequest rq = new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelGet, UID.ImplicitVRLittleEndian)
        .addPresentationContext(UID.CTImageStorage, TestPeers.UNCOMPRESSED)
        .addRoleSelection(UID.CTImageStorage, false, true);
    Path got = Files.createDirectories(tmp.resolve("got"));
    Association as = open(rq, new DicomServiceRegistry().add(new DirectoryStoreScp(got)));
    assertThat(as.getAAssociateAC().userInformation().roleSelection(UID.CTImageStorage).scp()).isTrue();
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    keys.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1");
    Attributes last = Dimses.get(as, UID.StudyRootQueryRetrieveInformationModelGet, Priority.MEDIUM, keys)
        .finalResponse();
    assertThat(Commands.status(last)).isEqualTo(Status.Success);
    assertThat(last.getInt(Tag.NumberOfCompletedSuboperations, -1)).isEqualTo(4);
    try (var list = Files.list(got)) {
      assertThat(list.filter(p -> p.toString().endsWith(".dcm")).count()).isEqualTo(4);
    }
    as.release();
  }

  /** Instances smaller and larger than the receive buffer, appended to one file and answered before written. */
  @Test
  void getIntoOneFileKeepsEveryInstanceComplete() throws Exception {
    archive.addAll(2, TestFiles.writeStudy(tmp.resolve("big"), "1.2.826.0.1.3680043.2.2", 2, 600_000));
    AssociationRequest rq = new AssociationRequest("SCU", "SCP").addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelGet, UID.ImplicitVRLittleEndian)
        .addPresentationContext(UID.CTImageStorage, TestPeers.UNCOMPRESSED)
        .addRoleSelection(UID.CTImageStorage, false, true);
    Path pack = tmp.resolve("instances.pack");
    List<long[]> regions = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> uids = new java.util.concurrent.CopyOnWriteArrayList<>();
    Attributes last;
    try (AppendingStoreScp scp = new AppendingStoreScp(pack, List.of("*")) {
      @Override
      protected void stored(Attributes rq, String ts, long offset, long length) {
        uids.add(rq.getString(Tag.AffectedSOPInstanceUID));
        regions.add(new long[] {offset, length});
      }
    }) {
      Association as = open(rq, new DicomServiceRegistry().add(scp));
      Attributes keys = new Attributes();
      keys.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
      keys.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.2.1");
      last = Dimses.get(as, UID.StudyRootQueryRetrieveInformationModelGet, Priority.MEDIUM, keys).finalResponse();
      as.release();
    }
    assertThat(Commands.status(last)).isEqualTo(Status.Success);
    assertThat(regions).hasSize(6);
    byte[] all = Files.readAllBytes(pack);
    long end = 0;
    for (int i = 0; i < archive.size(); i++) {
      long[] r = regions.get(i);
      assertThat(r[0]).as("instances follow each other").isEqualTo(end);
      end = r[0] + r[1];
      Path one = Files.write(tmp.resolve("one.dcm"), java.util.Arrays.copyOfRange(all, (int) r[0], (int) end));
      assertThat(Part10File.open(one).sopInstanceUid()).isEqualTo(uids.get(i))
          .isEqualTo(Part10File.open(archive.get(i)).sopInstanceUid());
      assertThat(TestFiles.dataset(one)).isEqualTo(TestFiles.dataset(archive.get(i)));
    }
    assertThat(end).isEqualTo(all.length);
  }

  @Test
  void wrongCalledAeTitleIsRejected() {
    assertThatThrownBy(() -> peers.scu.connect(new RemoteAe("NOBODY", "127.0.0.1", peers.scp.port()),
        new AssociationRequest("SCU", "NOBODY").addPresentationContext(UID.Verification, UID.ImplicitVRLittleEndian),
        null)).isInstanceOfSatisfying(AAssociateRJException.class,
            e -> assertThat(e.rj().reason()).isEqualTo(AAssociateRJ.REASON_CALLED_AET_NOT_RECOGNIZED));
  }

  static void awaitNoAssociations(Device d) throws InterruptedException {
    for (int i = 0; i < 500 && d.openAssociations() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(d.openAssociations()).isZero();
  }
}
