package org.opendrimbox.iocm;

import static org.opendrimbox.iocm.InvalidNoteException.CANNOT_UNDERSTAND;
import static org.opendrimbox.iocm.InvalidNoteException.DOES_NOT_MATCH_SOP_CLASS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;

/**
 * Reads an IOCM rejection note from a received KOS data set: a Key Object Selection Document whose Concept Name
 * (document title) is a {@link RejectionReason}, whose Current Requested Procedure Evidence Sequence lists the
 * rejected instances by study and series. Pure logic.
 */
public final class IocmNoteReader {

  private static final Pattern UID_PATTERN = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private IocmNoteReader() {}

  /**
   * @param dataset the received data set
   * @param affectedSopInstanceUid the Affected SOP Instance UID of the C-STORE request
   */
  public static IocmNote read(Attributes dataset, String affectedSopInstanceUid) throws InvalidNoteException {
    String cuid = dataset.getString(Tag.SOPClassUID);
    if (!UID.KeyObjectSelectionDocumentStorage.equals(cuid)) {
      throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "SOP Class UID is not Key Object Selection");
    }
    String iuid = dataset.getString(Tag.SOPInstanceUID);
    if (iuid == null || !iuid.equals(affectedSopInstanceUid)) {
      throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "SOP Instance UID differs from the request's");
    }
    Attributes title = dataset.getNestedDataset(Tag.ConceptNameCodeSequence);
    if (title == null) {
      throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "no Concept Name Code Sequence (document title)");
    }
    String code = title.getString(Tag.CodeValue);
    String scheme = title.getString(Tag.CodingSchemeDesignator);
    RejectionReason reason = RejectionReason.of(code, scheme).orElseThrow(() -> new InvalidNoteException(
        CANNOT_UNDERSTAND, "title (" + code + ", " + scheme + ") is not a rejection reason (CID 7011)"));
    return new IocmNote(iuid, reason, rejected(dataset));
  }

  private static List<RejectedRef> rejected(Attributes dataset) throws InvalidNoteException {
    Sequence evidence = dataset.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence);
    if (evidence == null || evidence.isEmpty()) {
      throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "no Current Requested Procedure Evidence Sequence");
    }
    List<RejectedRef> refs = new ArrayList<>();
    for (Attributes study : evidence) {
      String studyUid = uid(study, Tag.StudyInstanceUID, "evidence Study Instance UID");
      Sequence series = study.getSequence(Tag.ReferencedSeriesSequence);
      if (series == null || series.isEmpty()) {
        throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "evidence study without Referenced Series");
      }
      for (Attributes s : series) {
        String seriesUid = uid(s, Tag.SeriesInstanceUID, "evidence Series Instance UID");
        Sequence sops = s.getSequence(Tag.ReferencedSOPSequence);
        if (sops == null || sops.isEmpty()) {
          throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "evidence series without Referenced SOP");
        }
        for (Attributes sop : sops) {
          refs.add(new RejectedRef(studyUid, seriesUid, uid(sop, Tag.ReferencedSOPClassUID, "Referenced SOP Class UID"),
              uid(sop, Tag.ReferencedSOPInstanceUID, "Referenced SOP Instance UID")));
        }
      }
    }
    return refs;
  }

  private static String uid(Attributes item, int tag, String what) throws InvalidNoteException {
    String v = item.getString(tag);
    if (v == null || v.length() > 64 || !UID_PATTERN.matcher(v).matches()) {
      throw new InvalidNoteException(DOES_NOT_MATCH_SOP_CLASS, "missing or invalid " + what);
    }
    return v;
  }
}
