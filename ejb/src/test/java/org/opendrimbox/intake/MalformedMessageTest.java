package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendrimbox.intake.IntakeAssertions.rejected;
import static org.opendrimbox.intake.IntakeAssertions.utf8;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Malformed or unsupported messages get AR/AE with an ERR saying what and where. */
class MalformedMessageTest {

  private static final String ORU = "CR_C-ORU.hl7";
  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  @Test
  void truncatedInsideTheCdaIsAnUndecodableDocument() {
    byte[] whole = Fixtures.bytes(ORU);
    Hl7Text ack = rejected(parser, Arrays.copyOf(whole, whole.length / 2), "AE",
        IntakeError.CDA_UNDECODABLE, "OBX^1^5^1^5");
    assertThat(ack.field("MSA", 2)).isEqualTo("{{idMessage}}");
  }

  @Test
  void truncatedInsideMshIsRejectedWithAFallbackAck() {
    byte[] head = Arrays.copyOf(Fixtures.bytes(ORU), 40);
    Hl7Text ack = rejected(parser, head, "AR", IntakeError.HEADER_FIELD_MISSING, "MSH^1^9^1");
    assertThat(ack.field("MSH", 5)).isEqualTo("{{applicationSupplier}}");
    assertThat(ack.field("MSH", 12)).isEqualTo("2.5");
    assertThat(ack.field("MSA", 2)).isEmpty();
  }

  @Test
  void notHl7AtAllIsRejectedAr() {
    Hl7Text ack = rejected(parser, utf8("GET / HTTP/1.1\r\n"), "AR",
        IntakeError.MALFORMED_MESSAGE, "");
    assertThat(ack.field("MSH", 9)).isEqualTo("ACK^^ACK");
    assertThat(ack.field("MSH", 12)).isEqualTo("2.5");
    assertThat(ack.field("MSA", 2)).isEmpty();
    assertThat(rejected(parser, new byte[0], "AR", IntakeError.MALFORMED_MESSAGE, "")
        .field("MSA", 1)).isEqualTo("AR");
  }

  @Test
  void unsupportedTypeEventAndVersionAreRejectedAr() {
    String text = Fixtures.text(ORU);
    rejected(parser, utf8(Fixtures.replace(text, "ORU^R01^ORU_R01", "ADT^A01^ADT_A01")), "AR",
        IntakeError.UNSUPPORTED_MESSAGE_TYPE, "MSH^1^9^1");
    rejected(parser, utf8(Fixtures.replace(Fixtures.text("CR_C-MDM.hl7"), "MDM^T02", "MDM^T01")),
        "AR", IntakeError.UNSUPPORTED_EVENT, "MSH^1^9^1");
    Hl7Text ack = rejected(parser, utf8(Fixtures.replace(text, "|P|2.5|", "|P|2.3|")), "AR",
        IntakeError.UNSUPPORTED_VERSION, "MSH^1^12^1");
    assertThat(ack.field("MSH", 12)).isEqualTo("2.5");
    rejected(parser, utf8(Fixtures.replace(text, "|{{idMessage}}|P|", "||P|")), "AR",
        IntakeError.HEADER_FIELD_MISSING, "MSH^1^10^1");
  }

  @Test
  void missingSegmentsAndFields() {
    String text = Fixtures.text(ORU);
    rejected(parser, utf8(Fixtures.replace(text, "ORC|NW|\r\n", "")), "AE",
        IntakeError.SEGMENT_MISSING, "ORC^1");
    rejected(parser, utf8(Fixtures.replace(text, "ORC|NW|", "ORC||984375862|")), "AE",
        IntakeError.REQUIRED_FIELD_MISSING, "ORC^1^1^1");
    String noDocument = text.replaceAll("OBX\\|1\\|ED\\|[^\r]*\r\n", "");
    rejected(parser, utf8(noDocument), "AE", IntakeError.CDA_MISSING, "OBX^1^5^1");
    rejected(parser, utf8(text.replaceAll("\\|\\|\\|\\|\\|\\|F\\|\r\nPRT", "||||||\r\nPRT")), "AE",
        IntakeError.REQUIRED_FIELD_MISSING, "OBX^1^11^1");
  }

  @Test
  void garbageCdaIsRejectedAe() {
    String text = Fixtures.text(ORU);
    String notBase64 = text.replaceFirst("Base64\\^[A-Za-z0-9+/=]+", "Base64^%%%garbage%%%");
    Hl7Text ack = rejected(parser, utf8(notBase64), "AE", IntakeError.CDA_UNDECODABLE,
        "OBX^1^5^1^5");
    assertThat(ack.field("ERR", 8)).contains("invalid base64");
    rejected(parser, utf8(Fixtures.withCda(text, xml -> "this is not XML")), "AE",
        IntakeError.CDA_UNDECODABLE, "OBX^1^5^1^5");
    rejected(parser, utf8(Fixtures.withCda(text, xml -> "<html/>")), "AE",
        IntakeError.CDA_INVALID, "OBX^1^5^1^5");
    rejected(parser, utf8(Fixtures.withCda(text,
        xml -> xml.replace("<id root=\"1.2.250.1.213.4.5.4.403\"/>", ""))), "AE",
        IntakeError.CDA_INVALID, "OBX^1^5^1^5");
    rejected(parser, utf8(Fixtures.replace(text, "^TEXT^XML^Base64^", "^TEXT^XML^A^")), "AE",
        IntakeError.CDA_UNDECODABLE, "OBX^1^5^1^5");
  }

  @Test
  void aCdaWithoutExamIdentifiersOrWithABadUidIsRejected() {
    String text = Fixtures.text(ORU);
    String noExam = Fixtures.withCda(text, xml -> xml
        .replace("<id root=\"1.2.250.1.213.4.5.2.1.103\"/>", "")
        .replace("<ps3-20:accessionNumber root=\"1.2.250.1.925.994044.27\" extension=\"ACN103\"/>",
            ""));
    rejected(parser, utf8(noExam), "AE", IntakeError.NO_EXAM_IDENTIFIER, "OBX^1^5^1^5");
    String badUid = Fixtures.withCda(text, xml -> xml.replace(
        "<id root=\"1.2.250.1.213.4.5.2.1.103\"/>", "<id root=\"1.2.250.01.x\"/>"));
    rejected(parser, utf8(badUid), "AE", IntakeError.INVALID_EXAM_IDENTIFIER, "OBX^1^5^1^5");
    String longAccession = Fixtures.withCda(text, xml -> xml.replace(
        "extension=\"ACN103\"", "extension=\"ACN10300000000000000\""));
    rejected(parser, utf8(longAccession), "AE", IntakeError.INVALID_EXAM_IDENTIFIER, "OBX^1^5^1^5");
  }

  @Test
  void invalidMetadataFlagValueIsRejected() {
    String text = Fixtures.text(ORU);
    String bad = Fixtures.replace(text, "INVISIBLE_PATIENT^Document Non Visible par le patient"
        + "^MetaDMPMSS||Y^", "INVISIBLE_PATIENT^Document Non Visible par le patient^MetaDMPMSS||X^");
    rejected(parser, utf8(bad), "AE", IntakeError.INVALID_FIELD_VALUE, "OBX^3^5^1^1");
  }

  @Test
  void storageFailureIsAcknowledgedAe207SoTheSenderRetries() {
    IntakeResult ok = parser.parse(Fixtures.bytes(ORU));
    IntakeResult failed = Hl7IntakeParser.storageFailed(ok, "database unavailable");
    Hl7Text ack = new Hl7Text(new String(parser.ack(failed), StandardCharsets.UTF_8));
    assertThat(ack.field("MSA", 1)).isEqualTo("AE");
    assertThat(ack.field("MSA", 2)).isEqualTo("{{idMessage}}");
    assertThat(ack.field("ERR", 3)).startsWith("207^");
    assertThat(ack.field("ERR", 8)).contains("database unavailable");
  }
}
