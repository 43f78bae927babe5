package org.opendrimbox.publication.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.intake.Hl7IntakeParser;

/**
 * The patient's traits from the PID segment of a stored report, for the KOS patient module: birth name and
 * first given name (PID-5 repetition of type L), birth date (PID-7), sex (PID-8), birth place code (PID-23),
 * and the other names (display name, type D). The KOS takes them only where the CDA recordTarget of the report
 * gives none ({@code KosInputs.patient}).
 */
record PidDemographics(String name, String birthDate, String sex, String birthPlaceCode, List<String> otherNames) {

  static PidDemographics of(byte[] rawMessage) {
    String text = Hl7IntakeParser.textOf(rawMessage);
    int msh = text.indexOf("MSH");
    char field = text.charAt(msh + 3);
    char component = text.charAt(msh + 4);
    char repetition = text.charAt(msh + 5);
    for (String segment : text.split("\r")) {
      if (segment.startsWith("PID" + field)) {
        String[] f = segment.split(java.util.regex.Pattern.quote(String.valueOf(field)), -1);
        String legal = null;
        List<String> others = new ArrayList<>();
        for (String name : at(f, 5).split(java.util.regex.Pattern.quote(String.valueOf(repetition)))) {
          String[] c = name.split(java.util.regex.Pattern.quote(String.valueOf(component)), -1);
          String pn = at(c, 0) + "^" + at(c, 1);
          if ("L".equals(at(c, 6)) && legal == null) {
            legal = pn;
          } else if (!at(c, 0).isEmpty()) {
            others.add(pn);
          }
        }
        return new PidDemographics(legal == null ? "" : legal, at(f, 7), dicomSex(at(f, 8)), at(f, 23), others);
      }
    }
    return new PidDemographics("", "", "", "", List.of());
  }

  /** HL7 table 0001 to DICOM Patient's Sex: M, F, O kept, A (ambiguous) is O, U and N give none. */
  private static String dicomSex(String hl7) {
    return switch (hl7) {
      case "M", "F", "O" -> hl7;
      case "A" -> "O";
      default -> "";
    };
  }

  private static String at(String[] a, int i) {
    return i < a.length ? a[i] : "";
  }
}
