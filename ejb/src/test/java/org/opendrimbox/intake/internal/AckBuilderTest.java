package org.opendrimbox.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.MessageHeader;

class AckBuilderTest {

  private final HapiParsing hapi = new HapiParsing();
  private final AckBuilder builder = new AckBuilder(hapi.parser());

  @Test
  void swapsSenderAndReceiverKeepingComponentsAndEscapes() throws Exception {
    MessageHeader in = MshReader.read("MSH|^~\\&|RIS^1.2.250.1.1^ISO|CLINIC\\T\\CO|DRIMBOX|SITE|"
        + "20240101||MDM^T02^MDM_T02|C-1|T|2.6|||||FRA|8859/1");
    String ack = builder.build(in, "AE", List.of(
        IntakeIssue.error(IntakeError.PATIENT_MISMATCH, ErrorLocation.of("PID", 3), "INS"),
        IntakeIssue.warning(IntakeError.IPP_MISSING, ErrorLocation.of("PID", 3), null)));
    String[] segments = ack.split("\r");
    assertThat(segments[0]).startsWith("MSH|^~\\&|DRIMBOX|SITE|RIS^1.2.250.1.1^ISO|CLINIC\\T\\CO|");
    assertThat(segments[0]).contains("|ACK^T02^ACK|").contains("|T|2.6|").endsWith("|8859/1");
    assertThat(segments[1]).isEqualTo("MSA|AE|C-1");
    assertThat(segments[2]).startsWith("ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E|"
        + "PATIENT_MISMATCH^");
    assertThat(segments[3]).startsWith("ERR||PID^1^3^1|101^Required field missing^HL70357|W|");
    // the ACK parses back with HAPI
    assertThat(hapi.parser().parse(ack).getName()).isEqualTo("ACK");
    assertThat(new String(AckBuilder.bytes(in, ack), StandardCharsets.ISO_8859_1)).isEqualTo(ack);
  }

  @Test
  void unknownHeaderGivesAMinimalVersion25Ack() {
    String ack = builder.build(MessageHeader.UNKNOWN, "AR", List.of(
        IntakeIssue.error(IntakeError.MALFORMED_MESSAGE, ErrorLocation.NONE, "no MSH segment")));
    String[] segments = ack.split("\r");
    assertThat(segments[0]).contains("|ACK^^ACK|").contains("|P|2.5|");
    assertThat(segments[1]).isEqualTo("MSA|AR");
    assertThat(segments[2]).startsWith("ERR|||100^Segment sequence error^HL70357|E|");
  }

  @Test
  void ackControlIdsAreUniqueAndNumeric() {
    AckIdGenerator ids = new AckIdGenerator();
    String a = ids.getID();
    String b = ids.getID();
    assertThat(a).matches("[0-9]{16}");
    assertThat(Long.parseLong(b)).isEqualTo(Long.parseLong(a) + 1);
  }
}
