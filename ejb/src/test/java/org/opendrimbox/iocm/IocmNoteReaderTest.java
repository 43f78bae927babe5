package org.opendrimbox.iocm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

class IocmNoteReaderTest {

  private static final String STUDY = "1.2.3.4";
  private static final String NOTE = "2.25.77";

  @ParameterizedTest
  @EnumSource(RejectionReason.class)
  void everyCid7011TitleMakesARejectionNote(RejectionReason reason) throws Exception {
    Attributes a = TestNotes.note(NOTE, reason.code(), STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1", "1.2.3.4.1.2")));
    IocmNote note = IocmNoteReader.read(a, NOTE);
    assertThat(note.reason()).isEqualTo(reason);
    assertThat(note.sopInstanceUid()).isEqualTo(NOTE);
    assertThat(note.rejected()).extracting(RejectedRef::sopInstanceUid).containsExactly("1.2.3.4.1.1", "1.2.3.4.1.2");
    assertThat(note.rejected()).allSatisfy(r -> {
      assertThat(r.studyUid()).isEqualTo(STUDY);
      assertThat(r.seriesUid()).isEqualTo("1.2.3.4.1");
      assertThat(r.sopClassUid()).isEqualTo(TestNotes.CT);
    });
    assertThat(note.byStudy()).containsExactly(Map.entry(STUDY, Set.of("1.2.3.4.1.1", "1.2.3.4.1.2")));
  }

  @Test
  void aKosThatIsNotARejectionNoteIsNotUnderstood() {
    // (113030, DCM, "Manifest"): the KOS this box itself publishes, not a rejection
    Attributes a = TestNotes.note(NOTE, "113030", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    assertStatus(a, NOTE, 0xC000, "not a rejection reason");
  }

  @Test
  void aTitleFromAnotherSchemeIsNotARejection() {
    Attributes a = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    a.getNestedDataset(Tag.ConceptNameCodeSequence).setString(Tag.CodingSchemeDesignator, VR.SH, "99LOCAL");
    assertStatus(a, NOTE, 0xC000, "not a rejection reason");
  }

  @Test
  void missingRequiredKosAttributesDoNotMatchTheSopClass() {
    Attributes noEvidence = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    noEvidence.remove(Tag.CurrentRequestedProcedureEvidenceSequence);
    assertStatus(noEvidence, NOTE, 0xA900, "Evidence");

    Attributes noTitle = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    noTitle.remove(Tag.ConceptNameCodeSequence);
    assertStatus(noTitle, NOTE, 0xA900, "Concept Name");

    Attributes badUid = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of("not-a-uid")));
    assertStatus(badUid, NOTE, 0xA900, "Referenced SOP Instance UID");

    Attributes noSops = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of()));
    assertStatus(noSops, NOTE, 0xA900, "without Referenced SOP");
  }

  @Test
  void theDataSetMustBeTheKosTheRequestAnnounces() {
    Attributes a = TestNotes.note(NOTE, "113001", STUDY, Map.of("1.2.3.4.1", List.of("1.2.3.4.1.1")));
    assertStatus(a, "2.25.78", 0xA900, "SOP Instance UID");
    a.setString(Tag.SOPClassUID, VR.UI, TestNotes.CT);
    assertStatus(a, NOTE, 0xA900, "SOP Class UID");
  }

  private static void assertStatus(Attributes a, String affected, int status, String text) {
    assertThatThrownBy(() -> IocmNoteReader.read(a, affected)).isInstanceOfSatisfying(InvalidNoteException.class,
        e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.getMessage()).contains(text);
        });
  }
}
