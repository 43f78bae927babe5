package org.opendrimbox.dmp;

/**
 * Confidentiality flags of R4 (HL7 MetaDMPMSS rows). {@link #NORMAL} is always published; the DMP
 * flags are added on top of it.
 */
public enum Confidentiality {
  NORMAL("N", "2.16.840.1.113883.5.25", "Normal"),
  MASQUE_PS("MASQUE_PS", "1.2.250.1.213.1.1.4.13", "Masqué aux professionnels de santé"),
  INVISIBLE_PATIENT("INVISIBLE_PATIENT", "1.2.250.1.213.1.1.4.13", "Non visible par le patient"),
  INVISIBLE_REPRESENTANTS_LEGAUX("INVISIBLE_REPRESENTANTS_LEGAUX", "1.2.250.1.213.1.1.4.13",
      "Non visible par les représentants légaux du patient");

  private final CodedValue code;

  Confidentiality(String code, String scheme, String display) {
    this.code = new CodedValue(code, scheme, display);
  }

  public CodedValue code() {
    return code;
  }
}
