package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendrimbox.intake.IntakeAssertions.accepted;
import static org.opendrimbox.intake.IntakeAssertions.rejected;
import static org.opendrimbox.intake.IntakeAssertions.utf8;

import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.DocumentId;

/** Requirement R3: ORC-1, OBX-11 and the MDM trigger must agree; R15 event kinds. */
class LifecycleTest {

  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  private static String oru(String orc, String obx11) {
    String text = Fixtures.replace(Fixtures.text("CR_C-ORU.hl7"), "ORC|NW|", "ORC|" + orc + "|");
    return text.replaceFirst("\\|\\|\\|\\|\\|\\|F\\|\r\nPRT", "||||||" + obx11 + "|\r\nPRT");
  }

  private static String mdm(String trigger, String orc, String obx11, String txa13) {
    String text = Fixtures.text("CR_C-MDM.hl7");
    text = Fixtures.replace(text, "MDM^T02^MDM_T02", "MDM^" + trigger + "^MDM_T02");
    text = Fixtures.replace(text, "ORC|NW|", "ORC|" + orc + "|");
    text = Fixtures.replace(text, "1.2.250.1.213.4.5.4.403|", "1.2.250.1.213.4.5.4.403|" + txa13);
    return text.replaceFirst("\\|\\|\\|\\|\\|\\|F\\|\r\nPRT", "||||||" + obx11 + "|\r\nPRT");
  }

  @Test
  void oruKinds() {
    assertThat(accepted(parser, utf8(oru("RO", "C"))).eventKind()).isEqualTo(EventKind.REPLACE);
    assertThat(accepted(parser, utf8(oru("CA", "D"))).eventKind()).isEqualTo(EventKind.UNPUBLISH);
    assertThat(accepted(parser, utf8(oru("NW", "F"))).eventKind()).isEqualTo(EventKind.NEW);
  }

  @Test
  void inconsistentOrderControlIsRejected() {
    Hl7Text ack = rejected(parser, utf8(oru("NW", "C")), "AE",
        IntakeError.INCONSISTENT_ORDER_CONTROL, "ORC^1^1^1");
    assertThat(ack.field("ERR", 8)).contains("OBX-11=C requires ORC-1=RO, got NW");
    rejected(parser, utf8(oru("RO", "F")), "AE", IntakeError.INCONSISTENT_ORDER_CONTROL,
        "ORC^1^1^1");
    rejected(parser, utf8(oru("CA", "F")), "AE", IntakeError.INCONSISTENT_ORDER_CONTROL,
        "ORC^1^1^1");
    rejected(parser, utf8(oru("NW", "X")), "AE", IntakeError.INVALID_FIELD_VALUE, "OBX^1^11^1");
  }

  @Test
  void mdmTriggerMustMatchObx11() {
    Hl7Text ack = rejected(parser, utf8(mdm("T02", "RO", "C", "")), "AE",
        IntakeError.INCONSISTENT_ORDER_CONTROL, "OBX^1^11^1");
    assertThat(ack.field("ERR", 8)).contains("MDM\\S\\T02 requires OBX-11=F, got C");
    rejected(parser, utf8(mdm("T04", "CA", "F", "")), "AE",
        IntakeError.INCONSISTENT_ORDER_CONTROL, "OBX^1^11^1");
    rejected(parser, utf8(mdm("T10", "NW", "C", "1.2.250.1.213.4.5.4.400")), "AE",
        IntakeError.INCONSISTENT_ORDER_CONTROL, "ORC^1^1^1");
  }

  @Test
  void mdmReplacementNeedsTheReplacedDocumentId() {
    rejected(parser, utf8(mdm("T10", "RO", "C", "")), "AE", IntakeError.REQUIRED_FIELD_MISSING,
        "TXA^1^13^1");
    ReportMessage m = accepted(parser, utf8(mdm("T10", "RO", "C", "1.2.250.1.213.4.5.4.400")));
    assertThat(m.eventKind()).isEqualTo(EventKind.REPLACE);
    assertThat(m.documentId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.403"));
    assertThat(m.replacedDocumentId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.400"));
    assertThat(m.publishable()).isTrue();
  }

  @Test
  void mdmDocumentIdMustBeTheCdaId() {
    String other = Fixtures.replace(Fixtures.text("CR_C-MDM.hl7"), "|1.2.250.1.213.4.5.4.403|",
        "|1.2.250.1.213.4.5.4.499|");
    rejected(parser, utf8(other), "AE", IntakeError.DOCUMENT_ID_MISMATCH, "TXA^1^12^1");
    String withExtension = Fixtures.withCda(
        Fixtures.replace(Fixtures.text("CR_C-MDM.hl7"), "|1.2.250.1.213.4.5.4.403|",
            "|42^^1.2.250.1.213.4.5.4.403^ISO|"),
        xml -> xml.replace("<id root=\"1.2.250.1.213.4.5.4.403\"/>",
            "<id root=\"1.2.250.1.213.4.5.4.403\" extension=\"42\"/>"));
    assertThat(accepted(parser, utf8(withExtension)).documentId())
        .contains(new DocumentId("1.2.250.1.213.4.5.4.403", "42"));
  }

  @Test
  void oruReplacementTakesTheParentFromTheCda() {
    String text = Fixtures.withCda(oru("RO", "C"), xml -> xml.replace("<setId ",
        "<relatedDocument typeCode=\"RPLC\"><parentDocument>"
            + "<id root=\"1.2.250.1.213.4.5.4.400\"/></parentDocument></relatedDocument><setId "));
    ReportMessage m = accepted(parser, utf8(text));
    assertThat(m.replacedDocumentId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.400"));
  }

  @Test
  void omiIsHandledOnlyAsACancellation() {
    Hl7Text ack = rejected(parser, Fixtures.bytes("OMI_O23-ImagingOrder.hl7"), "AE",
        IntakeError.INCONSISTENT_ORDER_CONTROL, "ORC^1^1^1");
    assertThat(ack.field("MSH", 3)).isEqualTo("RECEIVING_APPLICATION");
    assertThat(ack.field("MSH", 5)).isEqualTo("SENDING_APPLICATION");
    assertThat(ack.field("MSA", 2)).isEqualTo("001");
    String noIpc = Fixtures.text("CR_W_Suppression-OMI.hl7").replaceAll("\r\nIPC\\|[^\r]*$", "");
    rejected(parser, utf8(noIpc), "AE", IntakeError.NO_EXAM_IDENTIFIER, "IPC^1");
  }
}
