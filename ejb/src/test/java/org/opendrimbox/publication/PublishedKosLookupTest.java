package org.opendrimbox.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/** The series a peer may retrieve are exactly those the stored KOS references, in its evidence sequence. */
class PublishedKosLookupTest {

  @Test
  void seriesComeFromTheEvidenceSequenceOfTheStoredKos() throws Exception {
    Attributes kos = new Attributes();
    kos.setString(Tag.SOPClassUID, VR.UI, UID.KeyObjectSelectionDocumentStorage);
    kos.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1");
    Attributes study = new Attributes();
    study.setString(Tag.StudyInstanceUID, VR.UI, "1.2.3");
    var series = study.newSequence(Tag.ReferencedSeriesSequence, 2);
    for (String uid : new String[] {"1.2.3.4", "1.2.3.5"}) {
      Attributes s = new Attributes();
      s.setString(Tag.SeriesInstanceUID, VR.UI, uid);
      series.add(s);
    }
    kos.newSequence(Tag.CurrentRequestedProcedureEvidenceSequence, 1).add(study);
    var bytes = new ByteArrayOutputStream();
    try (var out = new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation("2.25.1",
          UID.KeyObjectSelectionDocumentStorage, UID.ExplicitVRLittleEndian));
      out.writeDataset(kos);
    }
    assertThat(PublishedKosLookup.series(bytes.toByteArray())).containsExactly("1.2.3.4", "1.2.3.5");
  }
}
