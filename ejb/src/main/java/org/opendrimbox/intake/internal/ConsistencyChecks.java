package org.opendrimbox.intake.internal;

import java.util.Optional;
import org.opendrimbox.ids.DocumentId;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.InstanceId;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.PatientIdentity;

/**
 * Cross-checks between the HL7 segments and the embedded CDA (requirement R3): PID-3 must designate
 * the CDA recordTarget patient, and TXA-12 must be the CDA document id.
 */
final class ConsistencyChecks {

  private ConsistencyChecks() {}

  /**
   * The INS must be the same on both sides (present on one side only is a mismatch), and each IPP
   * of PID-3 whose issuer OID appears in the CDA must have the same value there.
   */
  static void samePatient(PatientIdentity patient, CdaReport cda) throws IntakeException {
    Optional<InstanceId> cdaIns =
        cda.patientIds().stream().filter(id -> Ins.isInsOid(id.root())).findFirst();
    Optional<Ins> pidIns = patient.ins();
    boolean insDiffers = pidIns.isPresent() != cdaIns.isPresent()
        || (pidIns.isPresent() && !(pidIns.get().value().equals(cdaIns.get().extension())
            && pidIns.get().oid().equals(cdaIns.get().root())));
    if (insDiffers) {
      throw new IntakeException(IntakeError.PATIENT_MISMATCH, ErrorLocation.of("PID", 3), "INS");
    }
    for (PatientId ipp : patient.localIds()) {
      String oid = ipp.issuer().universalId();
      for (InstanceId id : cda.patientIds()) {
        if (oid != null && oid.equals(id.root()) && !ipp.value().equals(id.extension())) {
          throw new IntakeException(IntakeError.PATIENT_MISMATCH, ErrorLocation.of("PID", 3),
              "IPP");
        }
      }
    }
  }

  /**
   * TXA-12 ({@code ext^^root^ISO}, or the root alone) must match ClinicalDocument/id.
   *
   * @param entity TXA-12.1
   * @param universal TXA-12.3
   */
  static DocumentId sameDocument(String entity, String universal, CdaReport cda)
      throws IntakeException {
    DocumentId cdaId = cda.id();
    boolean matches = cdaId.extension() == null
        ? entity.equals(cdaId.root()) && (universal.isEmpty() || universal.equals(cdaId.root()))
        : entity.equals(cdaId.extension()) && universal.equals(cdaId.root());
    if (!matches) {
      throw new IntakeException(IntakeError.DOCUMENT_ID_MISMATCH, ErrorLocation.of("TXA", 12),
          null);
    }
    return cdaId;
  }

  /** TXA-13 (EI) as a document id, empty when absent. */
  static Optional<DocumentId> documentId(String entity, String universal) {
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(universal.isEmpty()
        ? DocumentId.of(entity)
        : new DocumentId(universal, entity));
  }
}
