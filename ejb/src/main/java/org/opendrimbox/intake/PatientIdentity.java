package org.opendrimbox.intake;

import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.PatientId;

/**
 * The patient identity of the message (PID-3 and PID-32).
 *
 * @param ins the INS from PID-3 (CX-5 INS and an INS-NIR OID), if present and well-formed
 * @param localIds the local identifiers (CX-5 PI, the IPP) with their issuers, in message order
 * @param identityStatus PID-32, e.g. {@code VALI}; empty string when absent
 * @param qualified whether the INS counts as qualified (INS present and status accepted)
 */
public record PatientIdentity(
    Optional<Ins> ins, List<PatientId> localIds, String identityStatus, boolean qualified) {

  public PatientIdentity {
    localIds = List.copyOf(localIds);
  }

  /** The first IPP, if any. */
  public Optional<PatientId> ipp() {
    return localIds.stream().findFirst();
  }
}
