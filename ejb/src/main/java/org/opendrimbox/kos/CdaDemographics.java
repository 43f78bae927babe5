package org.opendrimbox.kos;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.intake.CdaPatient;

/**
 * The KOS patient module values from the CDA recordTarget (drimm-digest §4.2): Patient Name is the birth name
 * and first given name, Other Patient Names the first-name list and the used name, the birth date the first
 * eight digits of birthTime, the sex M or F (U, unknown, gives none), the birth place its INSEE code. Each
 * accessor returns null when the CDA does not give the value, so the caller can fall back to PID.
 */
final class CdaDemographics {

  private final CdaPatient p;

  CdaDemographics(CdaPatient patient) {
    this.p = patient;
  }

  String name() {
    return p == null || p.birthFamily() == null ? null : pn(p.birthFamily(), p.firstGiven());
  }

  /** Only given with the name: the other names belong to the same name group. */
  List<String> otherNames() {
    if (name() == null) {
      return null;
    }
    List<String> others = new ArrayList<>();
    if (!p.givenNames().isEmpty()) {
      others.add(pn(null, String.join(" ", p.givenNames())));
    }
    if (p.usedFamily() != null || p.usedGiven() != null) {
      others.add(pn(p.usedFamily(), p.usedGiven()));
    }
    return others;
  }

  String birthDate() {
    String t = p == null ? null : p.birthTime();
    return t != null && t.matches("\\d{8}.*") ? t.substring(0, 8) : null;
  }

  String sex() {
    String g = p == null || p.gender() == null ? "" : p.gender();
    return switch (g) {
      case "M", "F" -> g;
      case "U" -> "";
      default -> null;
    };
  }

  String birthPlaceCode() {
    return p == null ? null : p.birthPlaceCode();
  }

  private static String pn(String family, String given) {
    String name = clean(family) + "^" + clean(given);
    return name.endsWith("^") ? name.substring(0, name.length() - 1) : name;
  }

  private static String clean(String component) {
    return component == null ? "" : component.replace('^', ' ').replace('=', ' ').replace('\\', ' ').strip();
  }
}
