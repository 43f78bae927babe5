package org.opendrimbox.intake;

/**
 * A coded value (CDA CD/CE, HL7 v2 CWE): code, code system OID and display name.
 *
 * @param code the code
 * @param codeSystem the code system OID (or HL7 v2 coding system name)
 * @param displayName the display name, may be null
 */
public record Code(String code, String codeSystem, String displayName) {

  /** Whether this code has the given code system. */
  public boolean inSystem(String system) {
    return system.equals(codeSystem);
  }
}
