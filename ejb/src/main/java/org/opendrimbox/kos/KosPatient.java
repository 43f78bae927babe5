package org.opendrimbox.kos;

import java.util.List;
import java.util.Objects;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.PatientId;

/**
 * The patient as the KOS shows it (drimm-digest §4.2): the qualified INS as Patient ID, the IPP among the
 * other patient IDs, and the demographics of the CDA recordTarget.
 *
 * @param ins the qualified INS (Patient ID, issuer ASIP-SANTE-INS-NIR and its OID)
 * @param ipp the local IPP with its issuer (Other Patient IDs)
 * @param name Patient Name in DICOM PN form, e.g. {@code PAT-TROIS^DOMINIQUE} (birth name, first given name)
 * @param birthDate birth date {@code YYYYMMDD}, may be empty
 * @param sex {@code M}, {@code F}, {@code O} or empty
 * @param birthPlaceCode INSEE code of the birth place (Patient Comments, DRIM-M convention), may be empty
 * @param otherNames Other Patient Names in PN form (e.g. the first-name list and the used name), may be empty
 */
public record KosPatient(
    Ins ins, PatientId ipp, String name, String birthDate, String sex, String birthPlaceCode,
    List<String> otherNames) {

  public KosPatient {
    Objects.requireNonNull(ins, "ins");
    Objects.requireNonNull(ipp, "ipp");
    name = name == null ? "" : name;
    birthDate = birthDate == null ? "" : birthDate;
    sex = sex == null ? "" : sex;
    birthPlaceCode = birthPlaceCode == null ? "" : birthPlaceCode;
    otherNames = List.copyOf(otherNames);
    if (!birthDate.isEmpty() && !birthDate.matches("\\d{8}")) {
      throw new IllegalArgumentException("birth date must be YYYYMMDD");
    }
    if (!sex.isEmpty() && !sex.matches("[MFO]")) {
      throw new IllegalArgumentException("sex must be M, F or O");
    }
  }
}
