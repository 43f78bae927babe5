package org.opendrimbox.ids;

import java.util.Objects;

/**
 * A local patient identifier (IPP) with its assigning authority, for example {@code IPP101} issued
 * by {@code AUT-AFFECTATION&1.2.250.1.213.4.5.2.4&ISO}. DICOM LO: at most 64 characters.
 *
 * @param value the identifier
 * @param issuer its assigning authority
 */
public record PatientId(String value, Issuer issuer) {

  public PatientId {
    value = Issuer.blankToNull(value);
    Objects.requireNonNull(issuer, "patient id issuer");
    if (value == null || value.length() > 64) {
      throw new IllegalArgumentException("patient id must have 1 to 64 characters");
    }
  }

  /** Same value from the same authority (see {@link Issuer#sameAuthorityAs}). */
  public boolean sameAs(PatientId other) {
    return other != null && value.equals(other.value) && issuer.sameAuthorityAs(other.issuer);
  }

  @Override
  public String toString() {
    return "PatientId[" + issuer.toHd() + "]";
  }
}
