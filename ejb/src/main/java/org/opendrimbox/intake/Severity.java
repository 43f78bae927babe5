package org.opendrimbox.intake;

/** Severity written in ERR-4 (HL7 table 0516). */
public enum Severity {
  /** The message is rejected (MSA-1 AE or AR). */
  ERROR("E"),
  /** The message is accepted but will not be published as is. */
  WARNING("W");

  private final String hl7;

  Severity(String hl7) {
    this.hl7 = hl7;
  }

  /** The HL7 table 0516 code. */
  public String hl7() {
    return hl7;
  }
}
