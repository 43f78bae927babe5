package org.opendrimbox.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.MessageHeader;

class Hl7DecoderTest {

  private final Hl7Decoder decoder = new Hl7Decoder();

  @Test
  void normalisesTerminatorsAndDropsEmptySegments() {
    assertThat(Hl7Decoder.normalise("MSH|a\r\nPID|b\n\nOBX|c\r\rZZZ|d\r\n"))
        .isEqualTo("MSH|a\rPID|b\rOBX|c\rZZZ|d");
  }

  @Test
  void decodesWithMsh18() throws IntakeException {
    String msg = "MSH|^~\\&|A|B|C|D|20240101||ORU^R01^ORU_R01|1|P|2.5|||||FRA|8859/1\nPID|||é";
    Hl7Decoder.Decoded d = decoder.decode(msg.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(d.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(d.text()).endsWith("PID|||é").contains("\r");
  }

  @Test
  void mapsTable0211Names() {
    assertThat(Hl7Decoder.charsetFor("UNICODE UTF-8")).contains(StandardCharsets.UTF_8);
    assertThat(Hl7Decoder.charsetFor(" 8859/1 ")).contains(StandardCharsets.ISO_8859_1);
    assertThat(Hl7Decoder.charsetFor("8859/15")).isPresent();
    assertThat(Hl7Decoder.charsetFor("ASCII")).contains(StandardCharsets.US_ASCII);
    assertThat(Hl7Decoder.charsetFor("ISO IR87")).isEmpty();
  }

  @Test
  void requiresAnMshSegment() {
    assertThatThrownBy(() -> decoder.decode("PID|||1".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(IntakeException.class,
            e -> assertThat(e.issue().error()).isEqualTo(IntakeError.MALFORMED_MESSAGE));
  }

  @Test
  void readsTheHeaderWithCustomSeparatorsAndRepetitions() {
    MessageHeader h = MshReader.read(
        "MSH#$~\\&#APP$1.2.3$ISO#FAC#R#RF#2024##MDM$T10$MDM_T02#ID42#P#2.6$FRA######"
            + "UNICODE UTF-8~8859/1###2.1$CISIS_CDA_HL7_V2\rEVN#");
    assertThat(h.fieldSeparator()).isEqualTo("#");
    assertThat(h.sendingApplication()).isEqualTo("APP$1.2.3$ISO");
    assertThat(h.typeAndTrigger()).isEqualTo("MDM^T10");
    assertThat(h.messageStructure()).isEqualTo("MDM_T02");
    assertThat(h.controlId()).isEqualTo("ID42");
    assertThat(h.version()).isEqualTo("2.6");
    assertThat(h.characterSet()).isEqualTo("UNICODE UTF-8");
    assertThat(h.profile()).isEqualTo("2.1$CISIS_CDA_HL7_V2");
  }
}
