package org.opendrimbox.iocm;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Key Object Selection Document titles that make a KOS an IOCM rejection note (DICOM PS3.16 CID 7011
 * "Rejected for Quality Reasons" and the IOCM titles, coding scheme DCM). The box gives them all the same
 * effect: the rejected instances leave the study's manifest.
 */
public enum RejectionReason {
  QUALITY("113001", "Rejected for Quality Reasons"),
  PATIENT_SAFETY("113037", "Rejected for Patient Safety Reasons"),
  INCORRECT_WORKLIST_ENTRY("113038", "Incorrect Modality Worklist Entry"),
  RETENTION_EXPIRED("113039", "Data Retention Policy Expired");

  public static final String SCHEME = "DCM";

  private final String code;
  private final String meaning;

  RejectionReason(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The reason for a document title, if it is one (the scheme must be DCM). */
  public static Optional<RejectionReason> of(String codeValue, String scheme) {
    if (!SCHEME.equals(scheme)) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(r -> r.code.equals(codeValue)).findFirst();
  }
}
