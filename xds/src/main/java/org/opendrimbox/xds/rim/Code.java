package org.opendrimbox.xds.rim;

import java.util.Objects;

/** A coded value as carried in XDS metadata: code, coding scheme (OID or URN) and display name. */
public record Code(String code, String codingScheme, String displayName) {

  /** Equality on code and scheme only (display names vary between samples). */
  public boolean sameAs(Code other) {
    return other != null && Objects.equals(code, other.code)
        && Objects.equals(codingScheme, other.codingScheme);
  }

  /** The ITI-18 query form {@code code^^scheme}. */
  public String queryForm() {
    return code + "^^" + codingScheme;
  }
}
