package org.opendrimbox.source;

import java.util.Objects;
import java.util.Set;
import org.opendrimbox.ids.Ins;

/**
 * A KOS published to the DMP, as the source needs it.
 *
 * @param kosUid the KOS SOP Instance UID
 * @param studyUid the study it references
 * @param seriesUids the series it references
 * @param ins the patient's qualified INS, added to OtherPatientIDsSequence of every served object
 */
public record PublishedKos(String kosUid, String studyUid, Set<String> seriesUids, Ins ins) {

  public PublishedKos {
    Objects.requireNonNull(kosUid, "kosUid");
    Objects.requireNonNull(studyUid, "studyUid");
    Objects.requireNonNull(ins, "ins");
    seriesUids = Set.copyOf(seriesUids);
  }
}
