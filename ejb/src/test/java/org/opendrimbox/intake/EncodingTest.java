package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendrimbox.intake.IntakeAssertions.accepted;
import static org.opendrimbox.intake.IntakeAssertions.rejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Segment terminators, MLLP framing and MSH-18 character sets. */
class EncodingTest {

  private static final String LABEL = "Masqué aux professionnels de Santé";
  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  private static String oru() {
    return Fixtures.text("CR_C-ORU.hl7");
  }

  private static String latin1Oru() {
    return Fixtures.replace(oru(), "|UNICODE UTF-8|", "|8859/1|");
  }

  @Test
  void lfOnlyAndCrOnlyTerminatorsGiveTheSameReport() {
    ReportMessage crlf = accepted(parser, Fixtures.bytes("CR_C-ORU.hl7"));
    ReportMessage lf = accepted(parser, oru().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    ReportMessage cr = accepted(parser, oru().replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8));
    ReportMessage trailing =
        accepted(parser, (oru() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(lf).isEqualTo(crlf);
    assertThat(cr).isEqualTo(crlf);
    assertThat(trailing).isEqualTo(crlf);
    assertThat(lf.flags().flags()).hasSize(10);
  }

  @Test
  void mllpFramingAndByteOrderMarkAreTolerated() {
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    framed.write(0x0B);
    framed.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    framed.writeBytes(Fixtures.bytes("CR_C-ORU.hl7"));
    framed.write(0x1C);
    framed.write(0x0D);
    assertThat(accepted(parser, framed.toByteArray()).eventKind()).isEqualTo(EventKind.NEW);
  }

  @Test
  void latin1MessageIsDecodedWithItsAccentsAndAcknowledgedInLatin1() {
    byte[] latin1 = latin1Oru().getBytes(StandardCharsets.ISO_8859_1);
    ReportMessage m = accepted(parser, latin1);
    assertThat(m.header().characterSet()).isEqualTo("8859/1");
    assertThat(m.flags().flags().get(0).label()).isEqualTo(LABEL);
    assertThat(m.cda().orElseThrow().type().displayName()).isEqualTo("CR d'imagerie médicale");

    byte[] rejectedLatin1 = Fixtures.replace(latin1Oru(), "ORC|NW|", "ORC|RO|")
        .getBytes(StandardCharsets.ISO_8859_1);
    IntakeResult result = parser.parse(rejectedLatin1);
    byte[] ack = parser.ack(result);
    Hl7Text text = new Hl7Text(new String(ack, StandardCharsets.ISO_8859_1));
    assertThat(text.field("MSH", 18)).isEqualTo("8859/1");
    assertThat(text.field("ERR", 8)).contains("l'événement");
    assertThat(new String(ack, StandardCharsets.ISO_8859_1)).doesNotContain("Ã");
  }

  @Test
  void latin9IsSupported() {
    String latin9 = Fixtures.replace(oru(), "|UNICODE UTF-8|", "|8859/15|");
    ReportMessage m = accepted(parser, latin9.getBytes(Charset.forName("ISO-8859-15")));
    assertThat(m.flags().flags().get(0).label()).isEqualTo(LABEL);
  }

  @Test
  void bytesThatAreNotValidInTheDeclaredCharsetAreRejected() {
    byte[] latin1DeclaredUtf8 = oru().getBytes(StandardCharsets.ISO_8859_1);
    Hl7Text ack = rejected(parser, latin1DeclaredUtf8, "AR", IntakeError.UNSUPPORTED_CHARSET,
        "MSH^1^18^1");
    assertThat(ack.field("MSA", 2)).isEqualTo("{{idMessage}}");
    assertThat(ack.field("MSH", 9)).isEqualTo("ACK^R01^ACK");
  }

  @Test
  void unknownCharsetIsRejected() {
    byte[] bytes = Fixtures.replace(oru(), "|UNICODE UTF-8|", "|ISO IR87|")
        .getBytes(StandardCharsets.UTF_8);
    Hl7Text ack = rejected(parser, bytes, "AR", IntakeError.UNSUPPORTED_CHARSET, "MSH^1^18^1");
    assertThat(ack.field("ERR", 8)).contains("MSH-18=ISO IR87");
    assertThat(ack.field("MSH", 18)).isEqualTo("UNICODE UTF-8");
  }

  @Test
  void emptyCharsetIsUtf8WhenValidElseLatin1() {
    String noCharset = Fixtures.replace(oru(), "|UNICODE UTF-8|", "||");
    assertThat(accepted(parser, noCharset.getBytes(StandardCharsets.UTF_8)).flags().flags().get(0)
        .label()).isEqualTo(LABEL);
    assertThat(accepted(parser, noCharset.getBytes(StandardCharsets.ISO_8859_1)).flags().flags()
        .get(0).label()).isEqualTo(LABEL);
  }

  @Test
  void textFromJmsIsParsedTheSameWay() {
    IntakeResult fromText = parser.parse(oru().replace("\r\n", "\n"));
    assertThat(fromText).isInstanceOf(IntakeResult.Accepted.class);
    assertThat(((IntakeResult.Accepted) fromText).report())
        .isEqualTo(accepted(parser, Fixtures.bytes("CR_C-ORU.hl7")));
    assertThat(new Hl7Text(parser.ackText(fromText)).field("MSA", 1)).isEqualTo("AA");
    assertThat(parser.parse("not hl7").ackCode()).isEqualTo("AR");
  }

  @Test
  void textFromJmsIsStoredInItsDeclaredCharsetSoTheStoredBytesParseTheSame() {
    String latin1Text = latin1Oru();
    byte[] stored = Hl7IntakeParser.bytesOf(latin1Text);
    assertThat(stored).isEqualTo(latin1Text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(accepted(parser, stored)).isEqualTo(accepted(parser, latin1Text.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(Hl7IntakeParser.textOf(stored)).contains(LABEL);

    assertThat(Hl7IntakeParser.bytesOf(oru())).isEqualTo(oru().getBytes(StandardCharsets.UTF_8));
    String noCharset = Fixtures.replace(oru(), "|UNICODE UTF-8|", "||");
    assertThat(Hl7IntakeParser.textOf(Hl7IntakeParser.bytesOf(noCharset))).contains(LABEL);
    String latin1WithEuro = latin1Text + "\rNTE|1||5 €";
    assertThat(Hl7IntakeParser.bytesOf(latin1WithEuro)).isEqualTo(latin1WithEuro.getBytes(StandardCharsets.UTF_8));
  }
}
