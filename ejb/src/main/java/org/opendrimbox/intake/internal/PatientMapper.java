package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.IntakeOptions;
import org.opendrimbox.intake.PatientIdentity;

/**
 * Maps PID-3 (INS with CX-5 INS and an INS-NIR OID in CX-4.2; IPP with CX-5 PI) and PID-32 (identity
 * status) to a {@link PatientIdentity}, and lists why the identity does not allow publication.
 */
final class PatientMapper {

  /** The identity and the reasons it cannot be used for publication (empty when it can). */
  record Result(PatientIdentity identity, List<IntakeIssue> publicationBlockers) {}

  private final IntakeOptions options;

  PatientMapper(IntakeOptions options) {
    this.options = options;
  }

  Result map(Segment pid) throws IntakeException {
    int reps = Segments.repetitions(pid, 3);
    Ins ins = null;
    boolean insTyped = false;
    List<PatientId> ipps = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      String value = Segments.get(pid, 3, r, 1, 1);
      String namespace = Segments.get(pid, 3, r, 4, 1);
      String oid = Segments.get(pid, 3, r, 4, 2);
      String oidType = Segments.get(pid, 3, r, 4, 3);
      String type = Segments.get(pid, 3, r, 5, 1);
      ErrorLocation where = new ErrorLocation("PID", 1, 3, r + 1, 1);
      if (value.isEmpty()) {
        continue;
      }
      if (Ins.isInsOid(oid)) {
        if (ins == null) {
          ins = ins(value, oid, where);
        }
      } else if (type.startsWith("INS")) {
        insTyped = true;
      } else if ("PI".equals(type)) {
        ipps.add(ipp(value, namespace, oid, oidType, where));
      }
    }
    if (ins == null && ipps.isEmpty() && !insTyped) {
      throw new IntakeException(IntakeError.REQUIRED_FIELD_MISSING, ErrorLocation.of("PID", 3),
          "no INS nor IPP in PID-3");
    }
    String status = Segments.get(pid, 32, 1);
    boolean qualified = ins != null && options.qualifiedStatuses().contains(status);
    List<IntakeIssue> blockers = new ArrayList<>();
    if (ins == null) {
      blockers.add(issue(IntakeError.INS_MISSING, ErrorLocation.of("PID", 3),
          insTyped ? "INS assigning authority is not an INS-NIR OID" : null));
    } else if (!qualified) {
      blockers.add(issue(IntakeError.IDENTITY_NOT_QUALIFIED, ErrorLocation.of("PID", 32),
          "PID-32=" + (status.isEmpty() ? "<empty>" : status)));
    }
    if (ipps.isEmpty()) {
      blockers.add(issue(IntakeError.IPP_MISSING, ErrorLocation.of("PID", 3), null));
    }
    return new Result(
        new PatientIdentity(Optional.ofNullable(ins), ipps, status, qualified), blockers);
  }

  private IntakeIssue issue(IntakeError error, ErrorLocation where, String detail) {
    return options.rejectUnqualifiedIdentity()
        ? IntakeIssue.error(error, where, detail)
        : IntakeIssue.warning(error, where, detail);
  }

  private static Ins ins(String value, String oid, ErrorLocation where) throws IntakeException {
    try {
      return new Ins(value, oid);
    } catch (IllegalArgumentException e) {
      throw new IntakeException(IntakeError.INS_INVALID, where, null);
    }
  }

  private static PatientId ipp(String value, String ns, String oid, String type, ErrorLocation where)
      throws IntakeException {
    try {
      return new PatientId(value, new Issuer(ns, oid, type));
    } catch (IllegalArgumentException e) {
      throw new IntakeException(IntakeError.INVALID_FIELD_VALUE, where,
          "IPP without a valid assigning authority");
    }
  }
}
