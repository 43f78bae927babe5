package org.opendrimbox.pacs;

import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;

/** The Study Root C-FIND identifiers the lookup sends, and the mapping of the answers to compact records. */
final class QueryKeys {

  private QueryKeys() {}

  /** STUDY level, matching on the Study Instance UID or (when null) on the accession number value. */
  static Attributes study(String studyUid, String accession) {
    Attributes k = new Attributes(16);
    k.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
    k.setString(Tag.StudyDate, VR.DA, "");
    k.setString(Tag.StudyTime, VR.TM, "");
    k.setString(Tag.AccessionNumber, VR.SH, studyUid == null ? accession : "");
    k.newSequence(Tag.IssuerOfAccessionNumberSequence, 0);
    k.setString(Tag.StudyDescription, VR.LO, "");
    k.setString(Tag.PatientID, VR.LO, "");
    k.setString(Tag.IssuerOfPatientID, VR.LO, "");
    k.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 0);
    k.setString(Tag.StudyInstanceUID, VR.UI, studyUid == null ? "" : studyUid);
    k.setString(Tag.StudyID, VR.SH, "");
    return k;
  }

  /** SERIES level: every series of the study. */
  static Attributes series(String studyUid) {
    Attributes k = new Attributes(8);
    k.setString(Tag.QueryRetrieveLevel, VR.CS, "SERIES");
    k.setString(Tag.Modality, VR.CS, "");
    k.setString(Tag.SeriesDescription, VR.LO, "");
    k.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
    k.setString(Tag.SeriesInstanceUID, VR.UI, "");
    k.setString(Tag.SeriesNumber, VR.IS, "");
    return k;
  }

  /** IMAGE level: every instance of one series (hierarchical query: both unique keys above are given). */
  static Attributes image(String studyUid, String seriesUid) {
    Attributes k = new Attributes(8);
    k.setString(Tag.QueryRetrieveLevel, VR.CS, "IMAGE");
    k.setString(Tag.SOPClassUID, VR.UI, "");
    k.setString(Tag.SOPInstanceUID, VR.UI, "");
    k.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
    k.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
    k.setString(Tag.InstanceNumber, VR.IS, "");
    return k;
  }

  /** The PACS issuer of patient ID: namespace (0010,0021) and Universal Entity ID of the qualifiers. */
  static Issuer patientIssuer(Attributes answer) {
    String namespace = answer.getString(Tag.IssuerOfPatientID);
    Attributes q = answer.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence);
    String oid = q == null ? null : q.getString(Tag.UniversalEntityID);
    String type = q == null ? null : q.getString(Tag.UniversalEntityIDType);
    return issuer(namespace, oid, type);
  }

  /** The PACS accession number with the issuer of its (0008,0051) sequence, or null when empty. */
  static AccessionNumber accession(Attributes answer) {
    String value = answer.getString(Tag.AccessionNumber);
    if (value == null || value.isBlank() || value.strip().length() > 16) {
      return null;
    }
    Attributes q = answer.getNestedDataset(Tag.IssuerOfAccessionNumberSequence);
    Issuer issuer = q == null ? null : issuer(q.getString(Tag.LocalNamespaceEntityID),
        q.getString(Tag.UniversalEntityID), q.getString(Tag.UniversalEntityIDType));
    return new AccessionNumber(value, issuer);
  }

  /** Instance Number / Series Number as an Integer, null when absent or not a number. */
  static Integer number(Attributes answer, int tag) {
    String s = answer.getString(tag);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Issuer issuer(String namespace, String oid, String type) {
    boolean iso = oid != null && Issuer.isOid(oid.strip());
    if (blank(namespace) && !iso) {
      return null;
    }
    return new Issuer(namespace, iso ? oid : null, iso ? (blank(type) ? "ISO" : type) : null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
