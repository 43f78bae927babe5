package org.opendrimbox.iocm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.AeListener;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.LocalAe;
import org.opendrimbox.dicom.net.NoPresentationContextException;
import org.opendrimbox.dicom.net.Part10File;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.TransferCapability;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.jpa.entity.RejectionEffect.Effect;

/** The rejection-note Storage SCP over a real socket: what it accepts, and the status of each refusal. */
class IocmStoreScpTest {

  private static final String STUDY = "1.2.3.4";

  @TempDir Path tmp;

  private final List<IocmNote> received = new CopyOnWriteArrayList<>();
  private volatile boolean storeFails;
  private Device scp;
  private Device scu;
  private AeListener listener;

  @BeforeEach
  void start() throws Exception {
    scp = Device.withOwnExecutor("box", ConnectionSettings.defaults());
    scu = Device.withOwnExecutor("pacs", ConnectionSettings.defaults());
    IocmStoreScp iocm = new IocmStoreScp(Set.of("PACS"), (note, aet) -> {
      if (storeFails) {
        throw new IllegalStateException("database down");
      }
      received.add(note);
      return new Outcome(false, List.of(new Outcome.StudyEffect(STUDY, Effect.REPLACE, 1L)));
    });
    var ae = new LocalAe("BOX", List.of(
        TransferCapability.scp(UID.Verification, UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian),
        TransferCapability.scp(UID.KeyObjectSelectionDocumentStorage, UID.ImplicitVRLittleEndian,
            UID.ExplicitVRLittleEndian)), Set.of());
    listener = scp.listen(ae, "127.0.0.1", 0, new DicomServiceRegistry().add(new BasicCEchoScp()).add(iocm));
  }

  @AfterEach
  void stop() {
    listener.close();
    scp.close();
    scu.close();
  }

  @Test
  void aNoteFromThePacsIsHandedOverThenAnsweredSuccess() throws Exception {
    Path file = TestNotes.write(tmp.resolve("note.dcm"),
        TestNotes.note("2.25.10", "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1", "1.2.3.4.1.2"))));
    assertThat(store("PACS", file)).isEqualTo(Status.Success);
    assertThat(received).singleElement().satisfies(n -> {
      assertThat(n.sopInstanceUid()).isEqualTo("2.25.10");
      assertThat(n.rejected()).extracting(RejectedRef::sopInstanceUid).containsExactly("1.2.3.4.1.1", "1.2.3.4.1.2");
    });
  }

  @Test
  void aNoteFromAnotherAeIsRefusedNotAuthorized() throws Exception {
    Path file = TestNotes.write(tmp.resolve("note.dcm"),
        TestNotes.note("2.25.11", "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1"))));
    assertThat(store("INTRUDER", file)).isEqualTo(0x0124);
    assertThat(received).isEmpty();
  }

  @Test
  void aNoteThatCannotBeStoredIsRefusedOutOfResources() throws Exception {
    storeFails = true;
    Path file = TestNotes.write(tmp.resolve("note.dcm"),
        TestNotes.note("2.25.12", "113037", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1"))));
    assertThat(store("PACS", file)).isEqualTo(Status.OutOfResources);
  }

  @Test
  void aKosThatIsNotARejectionNoteIsNotUnderstood() throws Exception {
    Path file = TestNotes.write(tmp.resolve("kos.dcm"),
        TestNotes.note("2.25.13", "113030", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1"))));
    assertThat(store("PACS", file)).isEqualTo(Status.CannotUnderstand);
    assertThat(received).isEmpty();
  }

  @Test
  void aBrokenKosDoesNotMatchTheSopClass() throws Exception {
    Attributes a = TestNotes.note("2.25.14", "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    a.remove(Tag.CurrentRequestedProcedureEvidenceSequence);
    assertThat(store("PACS", TestNotes.write(tmp.resolve("kos.dcm"), a))).isEqualTo(Status.DataSetDoesNotMatchSOPClassError);
  }

  @Test
  void otherSopClassesAreRefusedAtNegotiation() throws Exception {
    Association as = scu.connect(new RemoteAe("BOX", "127.0.0.1", listener.port()),
        new AssociationRequest("PACS", "BOX").addPresentationContext(UID.CTImageStorage, UID.ExplicitVRLittleEndian),
        null);
    try {
      assertThatThrownBy(() -> as.pcFor(UID.CTImageStorage, UID.ExplicitVRLittleEndian))
          .isInstanceOf(NoPresentationContextException.class);
    } finally {
      as.release();
    }
  }

  private int store(String callingAet, Path file) throws Exception {
    Part10File p = Part10File.open(file);
    Association as = scu.connect(new RemoteAe("BOX", "127.0.0.1", listener.port()),
        new AssociationRequest(callingAet, "BOX").addPresentationContext(p.sopClassUid(), p.transferSyntax()), null);
    try {
      Attributes rsp = Dimses.store(as, p.sopClassUid(), p.sopInstanceUid(), 0, p.dataWriter(), p.transferSyntax())
          .finalResponse();
      return Commands.status(rsp);
    } finally {
      as.release();
    }
  }
}
