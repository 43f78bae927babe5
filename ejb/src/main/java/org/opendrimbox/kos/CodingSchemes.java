package org.opendrimbox.kos;

import java.util.Map;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.intake.Code;

/** Code sequence items: CDA code system OIDs to DICOM coding scheme designators (PS3.16 Table 8-1). */
final class CodingSchemes {

  private static final Map<String, String> DESIGNATORS = Map.of(
      "2.16.840.1.113883.6.1", "LN",
      "2.16.840.1.113883.6.96", "SCT",
      "1.2.840.10008.2.16.4", "DCM",
      "1.2.250.1.213.2.5", "CCAM");

  private CodingSchemes() {}

  /** A code item (value, designator, meaning); null when the system is unknown or the meaning missing. */
  static Attributes item(Code code) {
    if (code == null || code.code() == null || code.displayName() == null || code.code().length() > 16) {
      return null;
    }
    String designator = DESIGNATORS.get(code.codeSystem());
    if (designator == null) {
      return null;
    }
    return item(code.code(), designator, code.displayName());
  }

  static Attributes item(String value, String designator, String meaning) {
    Attributes a = new Attributes(3);
    a.setString(Tag.CodeValue, VR.SH, value);
    a.setString(Tag.CodingSchemeDesignator, VR.SH, designator);
    a.setString(Tag.CodeMeaning, VR.LO, Texts.lo(meaning));
    return a;
  }
}
