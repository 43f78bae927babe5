package org.opendrimbox.pacs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ReportMessage;

/**
 * What to look up in the PACS for one KOS: a Study Instance UID (preferred) and/or the report's accession
 * numbers, plus the IPP the PACS patient must match (R9).
 *
 * @param studyInstanceUid the study to find; empty to search by accession number only
 * @param accessionNumbers the report's accession numbers (with issuers); one of them must be the PACS one
 * @param expectedPatient the report's IPP with its issuer
 */
public record StudyQuery(
    Optional<StudyInstanceUid> studyInstanceUid,
    List<AccessionNumber> accessionNumbers,
    PatientId expectedPatient) {

  public StudyQuery {
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(expectedPatient, "expectedPatient");
    accessionNumbers = List.copyOf(accessionNumbers);
    if (studyInstanceUid.isEmpty() && accessionNumbers.isEmpty()) {
      throw new IllegalArgumentException("a study query needs a Study Instance UID or an accession number");
    }
  }

  /** A query for one study UID. */
  public static StudyQuery of(StudyInstanceUid uid, List<AccessionNumber> accessions, PatientId ipp) {
    return new StudyQuery(Optional.of(uid), accessions, ipp);
  }

  /**
   * The queries a publishable report needs (R7): one per distinct Study Instance UID of its exam, or a
   * single accession-number query when the report names no study UID.
   *
   * @throws IllegalArgumentException if the report has no IPP or no exam identifier
   */
  public static List<StudyQuery> forReport(ReportMessage report) {
    PatientId ipp = report.patient().ipp()
        .orElseThrow(() -> new IllegalArgumentException("the report has no IPP"));
    List<AccessionNumber> accessions = report.exam().accessionNumbers();
    List<StudyQuery> queries = new ArrayList<>();
    for (StudyInstanceUid uid : report.exam().studyInstanceUids()) {
      queries.add(of(uid, accessions, ipp));
    }
    if (queries.isEmpty()) {
      queries.add(new StudyQuery(Optional.empty(), accessions, ipp));
    }
    return List.copyOf(queries);
  }

  /** A short description without PHI, for logs and error texts. */
  public String describe() {
    return studyInstanceUid.map(u -> "study " + u.value())
        .orElse("accession query (" + accessionNumbers.size() + " number(s))");
  }
}
