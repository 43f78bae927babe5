package org.opendrimbox.pacs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.StudyInstanceUid;

/**
 * A study as the PACS holds it (STUDY, SERIES and IMAGE level C-FIND answers), already checked against the
 * report (R9): what the KOS manifest is built from. One per Study Instance UID (R7).
 *
 * @param studyInstanceUid Study Instance UID
 * @param patientId PACS Patient ID (the IPP, never logged)
 * @param issuerOfPatientId PACS issuer: Issuer Of Patient ID as namespace and the qualifiers' Universal
 *     Entity ID, when the PACS returned them
 * @param accessionNumbers the PACS accession number (with its issuer when known); empty if none
 * @param studyDate Study Date (DA), may be empty
 * @param studyTime Study Time (TM), may be empty
 * @param studyDescription Study Description, may be empty
 * @param studyId Study ID, may be empty
 * @param series the series, each with at least one instance
 */
public record StudyInfo(
    StudyInstanceUid studyInstanceUid,
    String patientId,
    Optional<Issuer> issuerOfPatientId,
    List<AccessionNumber> accessionNumbers,
    String studyDate,
    String studyTime,
    String studyDescription,
    String studyId,
    List<SeriesInfo> series) {

  public StudyInfo {
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    patientId = nz(patientId);
    accessionNumbers = List.copyOf(accessionNumbers);
    studyDate = nz(studyDate);
    studyTime = nz(studyTime);
    studyDescription = nz(studyDescription);
    studyId = nz(studyId);
    series = List.copyOf(series);
  }

  /** Number of instances over all series. */
  public int instanceCount() {
    return series.stream().mapToInt(s -> s.instances().size()).sum();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
