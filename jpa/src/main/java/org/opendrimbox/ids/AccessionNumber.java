package org.opendrimbox.ids;

import java.util.Optional;

/**
 * An accession number (DICOM SH, at most 16 characters) with its issuer when known (the CDA always
 * gives one; the OMI IPC segment may not). Carried into the KOS IssuerOfAccessionNumberSequence.
 *
 * @param value the accession number
 * @param issuer its issuer, or null when the source gave none
 */
public record AccessionNumber(String value, Issuer issuer) {

  public AccessionNumber {
    value = Issuer.blankToNull(value);
    if (value == null || value.length() > 16) {
      throw new IllegalArgumentException("accession number must have 1 to 16 characters");
    }
  }

  /** The issuer, if any. */
  public Optional<Issuer> optionalIssuer() {
    return Optional.ofNullable(issuer);
  }

  /** Same value, and same issuer when both sides know it. */
  public boolean matches(AccessionNumber other) {
    if (other == null || !value.equals(other.value)) {
      return false;
    }
    return issuer == null || other.issuer == null || issuer.sameAuthorityAs(other.issuer);
  }

  @Override
  public String toString() {
    return value + (issuer == null ? "" : "^" + issuer.toHd());
  }
}
