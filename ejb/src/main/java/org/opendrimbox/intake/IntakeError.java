package org.opendrimbox.intake;

/**
 * Application error codes of the intake, written in ERR-5, each mapped to its HL7 table 0357 code
 * (ERR-3) and to the acknowledgement code used when it rejects a message (AR: the message itself
 * cannot be processed; AE: its content is wrong). Texts are French / English.
 */
public enum IntakeError {
  MALFORMED_MESSAGE(100, "AR",
      "Message HL7 illisible ou tronqué", "Unreadable or truncated HL7 message"),
  UNSUPPORTED_CHARSET(103, "AR",
      "Jeu de caractères (MSH-18) non supporté ou octets invalides",
      "Unsupported character set (MSH-18) or invalid bytes"),
  HEADER_FIELD_MISSING(101, "AR",
      "Champ obligatoire de MSH absent", "Required MSH field missing"),
  UNSUPPORTED_VERSION(203, "AR", "Version HL7 non supportée", "Unsupported HL7 version"),
  UNSUPPORTED_MESSAGE_TYPE(200, "AR", "Type de message non supporté", "Unsupported message type"),
  UNSUPPORTED_EVENT(201, "AR", "Événement déclencheur non supporté", "Unsupported trigger event"),
  SEGMENT_MISSING(100, "AE", "Segment obligatoire absent", "Required segment missing"),
  REQUIRED_FIELD_MISSING(101, "AE", "Champ obligatoire absent", "Required field missing"),
  INVALID_FIELD_VALUE(102, "AE", "Valeur de champ invalide", "Invalid field value"),
  INS_MISSING(101, "AE",
      "INS absent de PID-3 : le compte rendu ne sera pas publié au DMP",
      "No INS in PID-3: the report will not be published to the DMP"),
  INS_INVALID(102, "AE", "INS invalide (format ou clé)", "Invalid INS (format or key)"),
  IDENTITY_NOT_QUALIFIED(103, "AE",
      "Identité non qualifiée (PID-32) : le compte rendu ne sera pas publié au DMP",
      "Identity not qualified (PID-32): the report will not be published to the DMP"),
  IPP_MISSING(101, "AE",
      "IPP (PID-3 de type PI) absent : contrôle PACS impossible, pas de publication",
      "No IPP (PID-3 type PI): PACS check impossible, no publication"),
  PATIENT_MISMATCH(204, "AE",
      "PID-3 différent du patient du CDA (recordTarget)",
      "PID-3 differs from the CDA patient (recordTarget)"),
  INCONSISTENT_ORDER_CONTROL(103, "AE",
      "ORC-1, OBX-11 et l'événement sont incohérents",
      "ORC-1, OBX-11 and the trigger event are inconsistent"),
  CDA_MISSING(101, "AE", "Document CDA absent (OBX-5 de type ED)", "CDA document missing (OBX-5 ED)"),
  CDA_UNDECODABLE(102, "AE",
      "Document CDA non décodable (base64 ou XML invalide)",
      "CDA document cannot be decoded (invalid base64 or XML)"),
  CDA_INVALID(102, "AE",
      "Document CDA non conforme (ClinicalDocument/id absent)",
      "Non-conformant CDA document (no ClinicalDocument/id)"),
  DOCUMENT_ID_MISMATCH(204, "AE",
      "TXA-12 différent de l'identifiant du CDA", "TXA-12 differs from the CDA document id"),
  NO_EXAM_IDENTIFIER(101, "AE",
      "Aucun Study Instance UID ni numéro d'accession", "No Study Instance UID nor accession number"),
  INVALID_EXAM_IDENTIFIER(102, "AE",
      "Identifiant d'examen invalide (UID ou numéro d'accession)",
      "Invalid exam identifier (UID or accession number)"),
  INTERNAL_ERROR(207, "AE",
      "Erreur interne : message non enregistré, à renvoyer",
      "Internal error: message not stored, send it again");

  private final int hl7Code;
  private final String ackCode;
  private final String french;
  private final String english;

  IntakeError(int hl7Code, String ackCode, String french, String english) {
    this.hl7Code = hl7Code;
    this.ackCode = ackCode;
    this.french = french;
    this.english = english;
  }

  /** HL7 table 0357 message error condition code (ERR-3). */
  public int hl7Code() {
    return hl7Code;
  }

  /** Acknowledgement code (MSA-1) when this error rejects the message: {@code AE} or {@code AR}. */
  public String ackCode() {
    return ackCode;
  }

  /** {@code "<french> / <english>"}. */
  public String text() {
    return french + " / " + english;
  }

  /** The English text alone. */
  public String english() {
    return english;
  }
}
