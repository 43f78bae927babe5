package org.opendrimbox.intake;

import java.util.List;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.ids.StudyInstanceUid;

/**
 * The exam(s) a message is about: from the CDA for ORU/MDM, from the IPC segments for OMI^O23.
 * One KOS is built per distinct Study Instance UID (R7).
 *
 * @param studyInstanceUids distinct Study Instance UIDs, in document order
 * @param accessionNumbers distinct accession numbers with their issuer (when known)
 * @param placerOrders distinct placer order numbers with their issuer
 */
public record ExamIdentifiers(
    List<StudyInstanceUid> studyInstanceUids,
    List<AccessionNumber> accessionNumbers,
    List<PlacerOrderNumber> placerOrders) {

  public ExamIdentifiers {
    studyInstanceUids = List.copyOf(studyInstanceUids.stream().distinct().toList());
    accessionNumbers = List.copyOf(accessionNumbers.stream().distinct().toList());
    placerOrders = List.copyOf(placerOrders.stream().distinct().toList());
  }

  /** Whether at least one Study Instance UID or accession number is known. */
  public boolean identifiesAnExam() {
    return !studyInstanceUids.isEmpty() || !accessionNumbers.isEmpty();
  }
}
