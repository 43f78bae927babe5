package org.opendrimbox.iocm;

import java.util.Objects;

/** One instance a rejection note rejects, as listed in its Current Requested Procedure Evidence Sequence. */
public record RejectedRef(String studyUid, String seriesUid, String sopClassUid, String sopInstanceUid) {

  public RejectedRef {
    Objects.requireNonNull(studyUid, "studyUid");
    Objects.requireNonNull(seriesUid, "seriesUid");
    Objects.requireNonNull(sopClassUid, "sopClassUid");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
  }
}
