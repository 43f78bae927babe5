package org.opendrimbox.pacs;

import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;

/**
 * The pre-publication checks of R9 between the report and the PACS study: same patient (PACS Patient ID and
 * issuer vs the report IPP, DB.SO.16) and an accession number the report lists (DB.SO.17). A PACS that
 * returns no issuer of patient ID is compared on the value only (single-issuer PACS); an issuer it does
 * return must designate the report's authority, by OID or by namespace. Error texts carry no patient data.
 */
final class StudyCoherence {

  private StudyCoherence() {}

  static void check(StudyQuery query, StudyInfo study) throws PacsMismatchException {
    checkPatient(query.expectedPatient(), study.patientId(), study.issuerOfPatientId());
    checkAccession(query.accessionNumbers(), study.accessionNumbers());
  }

  static void checkPatient(PatientId expected, String pacsId, Optional<Issuer> pacsIssuer)
      throws PacsMismatchException {
    if (!expected.value().equals(pacsId.strip())) {
      throw new PacsMismatchException(PacsMismatchException.Reason.PATIENT_MISMATCH,
          "the PACS Patient ID is not the report IPP (ERR01)");
    }
    if (pacsIssuer.isPresent() && !sameAuthority(expected.issuer(), pacsIssuer.get())) {
      throw new PacsMismatchException(PacsMismatchException.Reason.PATIENT_MISMATCH,
          "the PACS issuer of patient ID (" + describe(pacsIssuer.get()) + ") is not the report IPP issuer ("
              + describe(expected.issuer()) + ") (ERR01)");
    }
  }

  static void checkAccession(List<AccessionNumber> reportAccessions, List<AccessionNumber> pacsAccessions)
      throws PacsMismatchException {
    if (reportAccessions.isEmpty()) {
      return;
    }
    if (pacsAccessions.isEmpty()) {
      throw new PacsMismatchException(PacsMismatchException.Reason.ACCESSION_MISMATCH,
          "the PACS study has no accession number, the report has " + reportAccessions.size() + " (ERR02)");
    }
    for (AccessionNumber pacs : pacsAccessions) {
      for (AccessionNumber report : reportAccessions) {
        if (report.value().equals(pacs.value())
            && (report.issuer() == null || pacs.issuer() == null || sameAuthority(report.issuer(), pacs.issuer()))) {
          return;
        }
      }
    }
    throw new PacsMismatchException(PacsMismatchException.Reason.ACCESSION_MISMATCH,
        "the PACS accession number is not one of the report's " + reportAccessions.size() + " (ERR02)");
  }

  /** Same OID when both have one; otherwise the PACS namespace equals the report namespace or OID. */
  static boolean sameAuthority(Issuer report, Issuer pacs) {
    if (report.universalId() != null && pacs.universalId() != null) {
      return report.universalId().equals(pacs.universalId());
    }
    String ns = pacs.namespace();
    if (ns == null) {
      return false;
    }
    return ns.equals(report.namespace()) || ns.equals(report.universalId());
  }

  private static String describe(Issuer issuer) {
    return issuer.toHd();
  }
}
