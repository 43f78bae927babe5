package org.opendrimbox.dmpsim.validation;

import java.util.List;
import java.util.Set;
import org.opendrimbox.xds.rim.Code;

/** Fixed coded values of R12 (KOS entry) and of the IHE DSG signature entry. */
public final class KosRules {
  public static final String KOS_MIME = "application/dicom";
  public static final Code KOS_CLASS = new Code("31", "1.2.250.1.213.1.1.4.1", null);
  public static final Code KOS_TYPE = new Code("IMG-KOS", "1.2.250.1.213.1.1.4.12", null);
  public static final Code KOS_FORMAT =
      new Code("1.2.840.10008.5.1.4.1.1.88.59", "1.2.840.10008.2.6.1", null);
  public static final Code SIG_CLASS =
      new Code("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1", "URN", null);
  public static final Code SIG_TYPE = new Code("E1762", "ASTM", null);
  public static final Code SIG_FORMAT = new Code("http://www.w3.org/2000/09/xmldsig#", "URN", null);
  public static final String CONFIDENTIALITY_HL7 = "2.16.840.1.113883.5.25";
  public static final String CONFIDENTIALITY_DMP = "1.2.250.1.213.1.1.4.13";
  /** Allowed confidentiality codes (R4). */
  public static final Set<String> CONFIDENTIALITY = Set.of(
      "N@" + CONFIDENTIALITY_HL7, "R@" + CONFIDENTIALITY_HL7, "V@" + CONFIDENTIALITY_HL7,
      "MASQUE_PS@" + CONFIDENTIALITY_DMP, "INVISIBLE_PATIENT@" + CONFIDENTIALITY_DMP,
      "INVISIBLE_REPRESENTANTS_LEGAUX@" + CONFIDENTIALITY_DMP,
      "INVISIBLE_REP_LEGAUX@" + CONFIDENTIALITY_DMP);
  /** Slots every DocumentEntry must carry. */
  public static final List<String> REQUIRED_SLOTS =
      List.of("creationTime", "languageCode", "sourcePatientId");

  private KosRules() {}

  /** True when the bytes look like a DICOM Part 10 file (preamble + "DICM"). */
  public static boolean isDicom(byte[] bytes) {
    return bytes.length > 132 && bytes[128] == 'D' && bytes[129] == 'I' && bytes[130] == 'C'
        && bytes[131] == 'M';
  }
}
