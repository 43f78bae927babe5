package org.opendrimbox.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The official ANS messages (copied in src/test/resources/hl7) and variants of them for other exams: the
 * template placeholders of MSH filled, and the exam identifiers changed both in the HL7 segments and in the
 * embedded CDA (base64 in OBX-5), where the box reads them.
 */
public final class ReportVariants {

  /** Identifiers of exam C in the official fixtures. */
  public static final String EXAM_C_STUDY = "1.2.250.1.213.4.5.2.1.103";
  public static final String EXAM_C_ACCESSION = "ACN103";
  public static final String EXAM_C_IPP = "IPP101";
  public static final String EXAM_C_IPP_ISSUER = "AUT-AFFECTATION";
  public static final String EXAM_C_IPP_ISSUER_OID = "1.2.250.1.213.4.5.2.4";
  public static final String EXAM_C_INS = "279035121518989";

  private ReportVariants() {}

  /** A fixture file, MSH placeholders filled with {@code controlId}. */
  public static byte[] fixture(String name, String controlId) {
    return fill(read(name), controlId).getBytes(StandardCharsets.UTF_8);
  }

  /** Exam C's ORU^R01 for another exam: study {@code studyUid}, accession {@code accession}. */
  public static byte[] examC(String controlId, String studyUid, String accession) {
    String text = fill(read("CR_C-ORU.hl7"), controlId);
    int obx = text.indexOf("^TEXT^XML^Base64^");
    int start = obx + "^TEXT^XML^Base64^".length();
    int end = start;
    while (end < text.length() && text.charAt(end) != '|' && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
      end++;
    }
    String cda = new String(Base64.getDecoder().decode(text.substring(start, end)), StandardCharsets.UTF_8);
    cda = cda.replace(EXAM_C_STUDY, studyUid).replace(EXAM_C_ACCESSION, accession);
    String b64 = Base64.getEncoder().encodeToString(cda.getBytes(StandardCharsets.UTF_8));
    text = text.substring(0, start) + b64 + text.substring(end);
    return text.replace(EXAM_C_STUDY, studyUid).replace(EXAM_C_ACCESSION, accession).getBytes(StandardCharsets.UTF_8);
  }

  private static String fill(String text, String controlId) {
    // MSH-7 (date/time of message) carries the same placeholder as MSH-10 in the fixtures.
    return text.replaceFirst("\\|\\{\\{idMessage}}\\|\\|", "|20261129120000||")
        .replace("{{idMessage}}", controlId).replace("{{applicationSupplier}}", "RIS_IT")
        .replace("{{facilitySupplier}}", "HOSP_IT").replace("{{applicationReceiver}}", "DRIMBOX")
        .replace("{{facilityReceiver}}", "HOSP_IT");
  }

  private static String read(String name) {
    try (InputStream in = ReportVariants.class.getResourceAsStream("/hl7/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
