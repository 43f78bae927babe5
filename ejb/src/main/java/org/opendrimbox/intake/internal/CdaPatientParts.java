package org.opendrimbox.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.intake.CdaPatient;
import org.opendrimbox.intake.internal.CdaExtractor.XmlAttributes;

/** The {@code recordTarget/patientRole/patient} being read by {@link CdaReportBuilder}. */
final class CdaPatientParts {

  static final String PATIENT = "recordTarget/patientRole/patient";
  static final String FAMILY = PATIENT + "/name/family";
  static final String GIVEN = PATIENT + "/name/given";
  static final String COUNTY = PATIENT + "/birthplace/place/addr/county";

  private String qualifier;
  private String birthFamily;
  private String plainFamily;
  private String birthGiven;
  private final List<String> givenNames = new ArrayList<>();
  private String usedFamily;
  private String usedGiven;
  private String birthTime;
  private String gender;
  private String birthPlaceCode;
  private boolean seen;

  static boolean wantsText(String p) {
    return p.equals(FAMILY) || p.equals(GIVEN) || p.equals(COUNTY);
  }

  /** Whether {@code p} belongs to the patient (then it has been taken). */
  boolean start(String p, XmlAttributes a) {
    if (!p.startsWith(PATIENT)) {
      return false;
    }
    seen = true;
    switch (p) {
      case FAMILY, GIVEN -> qualifier = a.get("qualifier");
      case PATIENT + "/birthTime" -> birthTime = birthTime == null ? a.get("value") : birthTime;
      case PATIENT + "/administrativeGenderCode" -> gender = gender == null ? a.get("code") : gender;
      default -> { }
    }
    return true;
  }

  void text(String p, String value) {
    if (value.isEmpty()) {
      return;
    }
    String q = qualifier == null ? "" : qualifier;
    if (p.equals(FAMILY)) {
      switch (q) {
        case "BR" -> birthFamily = birthFamily == null ? value : birthFamily;
        case "CL" -> usedFamily = usedFamily == null ? value : usedFamily;
        case "" -> plainFamily = plainFamily == null ? value : plainFamily;
        default -> { }
      }
    } else if (p.equals(GIVEN)) {
      switch (q) {
        case "BR" -> birthGiven = birthGiven == null ? value : birthGiven;
        case "CL" -> usedGiven = usedGiven == null ? value : usedGiven;
        case "" -> givenNames.add(value);
        default -> { }
      }
    } else if (p.equals(COUNTY)) {
      birthPlaceCode = birthPlaceCode == null ? value : birthPlaceCode;
    }
  }

  CdaPatient build() {
    if (!seen) {
      return null;
    }
    return new CdaPatient(birthFamily != null ? birthFamily : plainFamily, birthGiven, givenNames,
        usedFamily, usedGiven, birthTime, gender, birthPlaceCode);
  }
}
