package org.opendrimbox.dmp;

import java.util.Objects;

/**
 * An identifier with its assigning authority OID, as carried in {@code referenceIdList}
 * (accession number, placer order number).
 */
public record ReferenceId(String value, String issuerOid) {
  public ReferenceId {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(issuerOid, "issuerOid");
  }
}
