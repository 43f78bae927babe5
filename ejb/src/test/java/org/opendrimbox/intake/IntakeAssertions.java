package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Shared assertions on intake results and their acknowledgements. */
final class IntakeAssertions {

  private IntakeAssertions() {}

  /** Asserts a rejection and returns its decoded ACK. */
  static Hl7Text rejected(Hl7IntakeParser parser, byte[] message, String ackCode,
      IntakeError error, String errLocation) {
    IntakeResult result = parser.parse(message);
    assertThat(result).as(String.valueOf(result)).isInstanceOf(IntakeResult.Rejected.class);
    IntakeIssue reason = ((IntakeResult.Rejected) result).reason();
    assertThat(reason.error()).isEqualTo(error);
    assertThat(result.ackCode()).isEqualTo(ackCode);
    Hl7Text ack = ack(parser, result, StandardCharsets.UTF_8);
    assertThat(ack.field("MSA", 1)).isEqualTo(ackCode);
    assertThat(ack.count("ERR")).isEqualTo(1);
    assertThat(ack.field("ERR", 2)).isEqualTo(errLocation);
    assertThat(ack.field("ERR", 3)).isEqualTo(error.hl7Code() + "^"
        + ca.uhn.hl7v2.ErrorCode.errorCodeFor(error.hl7Code()).getMessage() + "^HL70357");
    assertThat(ack.field("ERR", 4)).isEqualTo("E");
    assertThat(ack.field("ERR", 5)).startsWith(error.name() + "^");
    assertThat(ack.field("ERR", 8)).contains(" / ");
    return ack;
  }

  /** Asserts an acceptance and returns the report. */
  static ReportMessage accepted(Hl7IntakeParser parser, byte[] message) {
    IntakeResult result = parser.parse(message);
    assertThat(result).as(String.valueOf(result)).isInstanceOf(IntakeResult.Accepted.class);
    return ((IntakeResult.Accepted) result).report();
  }

  static Hl7Text ack(Hl7IntakeParser parser, IntakeResult result, Charset charset) {
    return new Hl7Text(new String(parser.ack(result), charset));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
