package org.opendrimbox.pacs;

import java.util.Objects;

/**
 * One instance of a study as the PACS reported it at IMAGE level: the compact form kept per instance so that
 * a 1,300-instance study costs a few hundred kilobytes, not 1,300 data sets.
 *
 * @param sopClassUid SOP Class UID
 * @param sopInstanceUid SOP Instance UID
 * @param instanceNumber Instance Number, or null when the PACS gave none
 */
public record InstanceRef(String sopClassUid, String sopInstanceUid, Integer instanceNumber) {

  public InstanceRef {
    Objects.requireNonNull(sopClassUid, "sopClassUid");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
  }
}
