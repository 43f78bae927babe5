package org.opendrimbox.dicom.tool;

import java.util.List;
import java.util.StringJoiner;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

/** Builds query identifiers from {@code -m Key=Value} and {@code -r Key} options and prints answers. */
final class Keys {
  /** The usual query keys, resolved without loading the whole data dictionary (a noticeable part of a CLI run). */
  private static final java.util.Map<String, Object[]> COMMON = java.util.Map.ofEntries(
      common("QueryRetrieveLevel", Tag.QueryRetrieveLevel, VR.CS), common("PatientID", Tag.PatientID, VR.LO),
      common("IssuerOfPatientID", Tag.IssuerOfPatientID, VR.LO), common("PatientName", Tag.PatientName, VR.PN),
      common("PatientBirthDate", Tag.PatientBirthDate, VR.DA), common("StudyInstanceUID", Tag.StudyInstanceUID, VR.UI),
      common("SeriesInstanceUID", Tag.SeriesInstanceUID, VR.UI), common("SOPInstanceUID", Tag.SOPInstanceUID, VR.UI),
      common("SOPClassUID", Tag.SOPClassUID, VR.UI), common("AccessionNumber", Tag.AccessionNumber, VR.SH),
      common("StudyDate", Tag.StudyDate, VR.DA), common("StudyTime", Tag.StudyTime, VR.TM),
      common("StudyID", Tag.StudyID, VR.SH), common("StudyDescription", Tag.StudyDescription, VR.LO),
      common("Modality", Tag.Modality, VR.CS), common("ModalitiesInStudy", Tag.ModalitiesInStudy, VR.CS),
      common("SeriesNumber", Tag.SeriesNumber, VR.IS), common("InstanceNumber", Tag.InstanceNumber, VR.IS),
      common("NumberOfStudyRelatedInstances", Tag.NumberOfStudyRelatedInstances, VR.IS),
      common("NumberOfSeriesRelatedInstances", Tag.NumberOfSeriesRelatedInstances, VR.IS));

  private Keys() {
  }

  private static java.util.Map.Entry<String, Object[]> common(String keyword, int tag, VR vr) {
    return java.util.Map.entry(keyword, new Object[] {tag, vr});
  }

  static Attributes identifier(String level, List<String> matching, List<String> returned) {
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, level);
    for (String m : matching) {
      int eq = m.indexOf('=');
      if (eq <= 0) {
        throw new Args.UsageException("expected Key=Value, got " + m);
      }
      int tag = tagOf(m.substring(0, eq));
      keys.setString(tag, vrOf(tag), m.substring(eq + 1));
    }
    for (String r : returned) {
      int tag = tagOf(r);
      if (!keys.contains(tag)) {
        keys.setValue(tag, vrOf(tag), null);
      }
    }
    return keys;
  }

  static int tagOf(String key) {
    Object[] known = COMMON.get(key);
    if (known != null) {
      return (int) known[0];
    }
    int tag = ElementDictionary.tagOf(key);
    if (tag == -1 && key.matches("[0-9A-Fa-f]{8}")) {
      tag = (int) Long.parseLong(key, 16);
    }
    if (tag == -1) {
      throw new Args.UsageException("unknown attribute keyword: " + key);
    }
    return tag;
  }

  static VR vrOf(int tag) {
    for (Object[] known : COMMON.values()) {
      if ((int) known[0] == tag) {
        return (VR) known[1];
      }
    }
    VR vr = ElementDictionary.vrOf(tag);
    return vr == null ? VR.UN : vr;
  }

  /** One line: {@code Keyword=value} pairs separated by tabs (sequences shown as their item count). */
  static String line(Attributes attrs) {
    StringJoiner j = new StringJoiner("\t");
    for (int tag : attrs.tags()) {
      String kw = ElementDictionary.keywordOf(tag);
      String name = kw == null || kw.isEmpty() ? Tag.toString(tag) : kw;
      if (attrs.getVR(tag) == VR.SQ) {
        j.add(name + "=<" + attrs.getSequence(tag).size() + " items>");
      } else {
        String[] v = attrs.getStrings(tag);
        j.add(name + "=" + (v == null ? "" : String.join("\\", v)));
      }
    }
    return j.toString();
  }
}
