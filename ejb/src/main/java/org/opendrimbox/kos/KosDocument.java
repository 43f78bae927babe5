package org.opendrimbox.kos;

import java.util.Objects;
import org.opendrimbox.ids.StudyInstanceUid;

/**
 * A built KOS: the DICOM Part 10 file (Explicit VR Little Endian) and its identifiers.
 *
 * @param bytes the Part 10 file (preamble, File Meta Information, data set)
 * @param sopInstanceUid the KOS SOP Instance UID (= XDS DocumentEntry.uniqueId)
 * @param studyInstanceUid the referenced study
 * @param seriesInstanceUid the KOS's own series
 * @param referencedInstances number of instances the manifest references
 */
public record KosDocument(
    byte[] bytes, String sopInstanceUid, StudyInstanceUid studyInstanceUid, String seriesInstanceUid,
    int referencedInstances) {

  /** SOP Class UID of every KOS (Key Object Selection Document Storage). */
  public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.88.59";

  /** Media type of the file (XDS mimeType). */
  public static final String MEDIA_TYPE = "application/dicom";

  public KosDocument {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
  }

  /** Size in bytes (XDS size). */
  public int size() {
    return bytes.length;
  }
}
