package org.opendrimbox.iocm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;

/** The SOP Instance UIDs a stored KOS (Part 10 bytes) references in its evidence sequence. */
final class KosEvidence {

  private KosEvidence() {}

  static Set<String> instanceUids(byte[] kos) {
    Attributes a;
    try (var in = new DicomInputStream(new ByteArrayInputStream(kos))) {
      in.readFileMetaInformation();
      a = in.readDataset();
    } catch (IOException e) {
      throw new UncheckedIOException("stored KOS unreadable", e);
    }
    Set<String> uids = new LinkedHashSet<>();
    Sequence evidence = a.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence);
    if (evidence != null) {
      for (Attributes study : evidence) {
        Sequence series = study.getSequence(Tag.ReferencedSeriesSequence);
        if (series != null) {
          for (Attributes s : series) {
            Sequence sops = s.getSequence(Tag.ReferencedSOPSequence);
            if (sops != null) {
              sops.forEach(sop -> uids.add(sop.getString(Tag.ReferencedSOPInstanceUID)));
            }
          }
        }
      }
    }
    return uids;
  }
}
