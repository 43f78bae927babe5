package org.opendrimbox.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DMP/MSSanté routing and confidentiality flags of the message (metadata OBX, drimm-digest
 * §2.4, requirement R4), with their mapping to XDS confidentiality codes.
 *
 * @param flags every metadata OBX in message order
 */
public record VisibilityFlags(List<MetadataFlag> flags) {

  /** Code system of the French DMP confidentiality codes. */
  public static final String DMP_CONFIDENTIALITY_SYSTEM = "1.2.250.1.213.1.1.4.13";

  /** HL7 Confidentiality code system (N = normal). */
  public static final String HL7_CONFIDENTIALITY_SYSTEM = "2.16.840.1.113883.5.25";

  public VisibilityFlags {
    flags = List.copyOf(flags);
  }

  /** The value of a flag, empty when the message did not send it. */
  public Optional<Boolean> get(String code) {
    return flags.stream().filter(f -> f.code().equals(code)).map(MetadataFlag::value).findFirst();
  }

  private boolean yes(String code) {
    return get(code).orElse(false);
  }

  public boolean hiddenFromProfessionals() {
    return yes("MASQUE_PS");
  }

  public boolean invisibleToPatient() {
    return yes("INVISIBLE_PATIENT");
  }

  public boolean invisibleToLegalRepresentatives() {
    return yes("INVISIBLE_REP_LEGAUX");
  }

  public boolean secretConnection() {
    return yes("CONNEXION_SECRETE");
  }

  /** MODIF_CONF_CODE=Y: request to change the confidentiality of a published document. */
  public boolean confidentialityChange() {
    return yes("MODIF_CONF_CODE");
  }

  /**
   * DESTDMP: whether the report goes to the DMP. When the flag is absent the report is treated as
   * destined to the DMP (the RIS sends the box only reports it shares; decision recorded in
   * docs/interfaces/hl7-inbound.md).
   */
  public boolean toDmp() {
    return get("DESTDMP").orElse(true);
  }

  /**
   * XDS confidentialityCode values for the KOS (R4): {@code N} in 2.16.840.1.113883.5.25, plus
   * MASQUE_PS, INVISIBLE_PATIENT and INVISIBLE_REPRESENTANTS_LEGAUX in 1.2.250.1.213.1.1.4.13 for
   * the flags set to Y.
   */
  public List<Code> confidentialityCodes() {
    List<Code> codes = new ArrayList<>();
    codes.add(new Code("N", HL7_CONFIDENTIALITY_SYSTEM, "Normal"));
    if (hiddenFromProfessionals()) {
      codes.add(new Code("MASQUE_PS", DMP_CONFIDENTIALITY_SYSTEM,
          "Masqué aux professionnels de santé"));
    }
    if (invisibleToPatient()) {
      codes.add(new Code("INVISIBLE_PATIENT", DMP_CONFIDENTIALITY_SYSTEM,
          "Non visible par le patient"));
    }
    if (invisibleToLegalRepresentatives()) {
      codes.add(new Code("INVISIBLE_REPRESENTANTS_LEGAUX", DMP_CONFIDENTIALITY_SYSTEM,
          "Non visible par les représentants légaux"));
    }
    return List.copyOf(codes);
  }
}
