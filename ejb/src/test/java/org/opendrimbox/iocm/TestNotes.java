package org.opendrimbox.iocm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/**
 * IOCM rejection notes (KOS data sets) built with our DICOM library, as a PACS would send them; also used by the
 * {@code it} module (ejb test-jar).
 */
public final class TestNotes {

  static final String CT = UID.CTImageStorage;

  private TestNotes() {}

  /** A note titled {@code (code, DCM)} rejecting, in {@code study}, the given instances per series. */
  public static Attributes note(String noteUid, String code, String study, Map<String, List<String>> instancesBySeries) {
    Attributes a = new Attributes();
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    a.setString(Tag.SOPClassUID, VR.UI, UID.KeyObjectSelectionDocumentStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, noteUid);
    a.setString(Tag.Modality, VR.CS, "KO");
    a.setString(Tag.StudyInstanceUID, VR.UI, study);
    a.setString(Tag.SeriesInstanceUID, VR.UI, noteUid + ".1");
    a.setString(Tag.ValueType, VR.CS, "CONTAINER");
    Attributes title = new Attributes();
    title.setString(Tag.CodeValue, VR.SH, code);
    title.setString(Tag.CodingSchemeDesignator, VR.SH, "DCM");
    title.setString(Tag.CodeMeaning, VR.LO, "Rejected for Quality Reasons");
    a.newSequence(Tag.ConceptNameCodeSequence, 1).add(title);
    Attributes evidence = new Attributes();
    evidence.setString(Tag.StudyInstanceUID, VR.UI, study);
    Sequence series = evidence.newSequence(Tag.ReferencedSeriesSequence, instancesBySeries.size());
    instancesBySeries.forEach((seriesUid, iuids) -> {
      Attributes s = new Attributes();
      s.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
      Sequence sops = s.newSequence(Tag.ReferencedSOPSequence, iuids.size());
      for (String iuid : iuids) {
        Attributes sop = new Attributes();
        sop.setString(Tag.ReferencedSOPClassUID, VR.UI, CT);
        sop.setString(Tag.ReferencedSOPInstanceUID, VR.UI, iuid);
        sops.add(sop);
      }
      series.add(s);
    });
    a.newSequence(Tag.CurrentRequestedProcedureEvidenceSequence, 1).add(evidence);
    return a;
  }

  /** Writes {@code a} as a Part 10 file, Explicit VR Little Endian. */
  public static Path write(Path file, Attributes a) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        DicomOutputStream dos = new DicomOutputStream(out, UID.ExplicitVRLittleEndian)) {
      dos.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(a.getString(Tag.SOPInstanceUID),
          a.getString(Tag.SOPClassUID), UID.ExplicitVRLittleEndian));
      dos.writeDataset(a);
    }
    return file;
  }
}
