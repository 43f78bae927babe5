package org.opendrimbox.dmp;

import java.util.Objects;

/**
 * A health professional (the validating radiologist for publication, the connected user for
 * consultation).
 *
 * @param nationalId national PS identifier, RPPS with its type prefix ("8" + RPPS = IDNPS)
 * @param familyName family name
 * @param givenName given name
 * @param profession profession code (1.2.250.1.71.1.2.7, e.g. 10 "Medecin")
 * @param specialty specialty code (1.2.250.1.71.4.2.5, e.g. SM44), may be null
 */
public record Professional(String nationalId, String familyName, String givenName,
    CodedValue profession, CodedValue specialty) {
  public Professional {
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(profession, "profession");
  }

  /** Display name for the VIHF subject-id. */
  public String displayName() {
    return ((givenName == null ? "" : givenName + " ") + (familyName == null ? "" : familyName))
        .trim();
  }
}
