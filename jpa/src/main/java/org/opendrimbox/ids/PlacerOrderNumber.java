package org.opendrimbox.ids;

import java.util.Objects;

/**
 * A placer order number (number given by the requester) with its issuer, e.g. {@code OPN103}
 * issued by {@code 1.2.250.1.748.12345678.12}. DICOM LO: at most 64 characters.
 *
 * @param value the order number
 * @param issuer its issuer
 */
public record PlacerOrderNumber(String value, Issuer issuer) {

  public PlacerOrderNumber {
    value = Issuer.blankToNull(value);
    Objects.requireNonNull(issuer, "placer order issuer");
    if (value == null || value.length() > 64) {
      throw new IllegalArgumentException("placer order number must have 1 to 64 characters");
    }
  }

  @Override
  public String toString() {
    return value + "^" + issuer.toHd();
  }
}
