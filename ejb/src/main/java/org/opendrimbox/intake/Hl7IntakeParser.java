package org.opendrimbox.intake;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.opendrimbox.intake.internal.AckBuilder;
import org.opendrimbox.intake.internal.HapiParsing;
import org.opendrimbox.intake.internal.HeaderRules;
import org.opendrimbox.intake.internal.Hl7Decoder;
import org.opendrimbox.intake.internal.IntakeException;
import org.opendrimbox.intake.internal.MshReader;
import org.opendrimbox.intake.internal.ReportMessageMapper;

/**
 * Entry point of the HL7 intake, shared by the MLLP and JMS adapters: {@link #parse(byte[])} turns
 * one raw message into an {@link IntakeResult} (never throws on bad input), {@link
 * #ack(IntakeResult)} encodes its acknowledgement. The caller stores the result first and
 * acknowledges AA only once it is stored (use {@link #storageFailed} otherwise). Thread-safe.
 */
public final class Hl7IntakeParser {

  private static final Logger LOG = System.getLogger(Hl7IntakeParser.class.getName());

  private final Hl7Decoder decoder = new Hl7Decoder();
  private final HapiParsing hapi = new HapiParsing();
  private final AckBuilder acks = new AckBuilder(hapi.parser());
  private final ReportMessageMapper mapper;

  /** An intake with {@link IntakeOptions#DEFAULTS}. */
  public Hl7IntakeParser() {
    this(IntakeOptions.DEFAULTS);
  }

  public Hl7IntakeParser(IntakeOptions options) {
    this.mapper = new ReportMessageMapper(Objects.requireNonNull(options, "options"));
  }

  /** Parses and validates the bytes of one message (MLLP payload, framing optional). */
  public IntakeResult parse(byte[] rawMessage) {
    Objects.requireNonNull(rawMessage, "rawMessage");
    Hl7Decoder.Decoded decoded;
    try {
      decoded = decoder.decode(rawMessage);
    } catch (IntakeException e) {
      String latin = new String(rawMessage, StandardCharsets.ISO_8859_1).strip();
      int msh = latin.indexOf("MSH");
      MessageHeader header = msh < 0 ? MessageHeader.UNKNOWN
          : MshReader.read(latin.substring(msh).replace('\n', '\r'));
      return rejected(header, e);
    }
    return parseText(decoded.text());
  }

  /** Parses a message already decoded to text (JMS TextMessage); terminators CR, LF or CRLF. */
  public IntakeResult parse(String message) {
    Objects.requireNonNull(message, "message");
    String text = Hl7Decoder.normalise(message.strip());
    if (!text.startsWith("MSH")) {
      return parse(message.getBytes(StandardCharsets.UTF_8));
    }
    return parseText(text);
  }

  private IntakeResult parseText(String text) {
    MessageHeader header = MshReader.read(text);
    try {
      HeaderRules.check(header);
      ReportMessage report = mapper.map(header, hapi.parse(text, header));
      LOG.log(Level.DEBUG, "{0} {1} accepted as {2}", header.controlId(),
          header.typeAndTrigger(), report.eventKind());
      return new IntakeResult.Accepted(report);
    } catch (IntakeException e) {
      return rejected(header, e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING,
          header.controlId() + " " + header.typeAndTrigger() + ": unexpected intake failure", e);
      return new IntakeResult.Rejected(header,
          IntakeIssue.error(IntakeError.INTERNAL_ERROR, ErrorLocation.NONE, null));
    }
  }

  private static IntakeResult rejected(MessageHeader header, IntakeException e) {
    LOG.log(Level.DEBUG, "{0} {1} rejected: {2}", header.controlId(), header.typeAndTrigger(),
        e.getMessage());
    return new IntakeResult.Rejected(header, e.issue());
  }

  /**
   * The acknowledgement of a result: MSA AA with warnings as ERR (severity W), or AE/AR with the
   * rejection cause as ERR (severity E); bytes in the inbound character set, no MLLP framing.
   */
  public byte[] ack(IntakeResult result) {
    return AckBuilder.bytes(result.header(), ackText(result));
  }

  /** The acknowledgement as text (for the JMS reply), segments separated by CR. */
  public String ackText(IntakeResult result) {
    List<IntakeIssue> issues = result.issues();
    return acks.build(result.header(), result.ackCode(), issues);
  }

  /**
   * The result to acknowledge when an accepted message could not be stored: AE with ERR 207, so
   * that the sender retries.
   *
   * @param detail short technical reason, no patient data
   */
  public static IntakeResult storageFailed(IntakeResult result, String detail) {
    return new IntakeResult.Rejected(result.header(),
        IntakeIssue.error(IntakeError.INTERNAL_ERROR, ErrorLocation.NONE, detail));
  }

  /**
   * The bytes to store for a message received as text (JMS): encoded in the character set its MSH-18
   * declares, so that {@link #parse(byte[])} and {@link #textOf} of the stored bytes give the text back;
   * UTF-8 when MSH-18 declares none or one the text does not fit.
   */
  public static byte[] bytesOf(String message) {
    String text = message.stripLeading();
    int cut = text.indexOf('\n');
    String msh = cut < 0 ? text : text.substring(0, cut);
    Charset charset = Hl7Decoder.charsetFor(MshReader.read(msh).characterSet()).orElse(StandardCharsets.UTF_8);
    return charset.newEncoder().canEncode(message) ? message.getBytes(charset) : message.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The text of stored message bytes, decoded as the intake decodes them (MSH-18; without it UTF-8, else
   * ISO-8859-1), segments separated by CR.
   */
  public static String textOf(byte[] rawMessage) {
    try {
      return new Hl7Decoder().decode(rawMessage).text();
    } catch (IntakeException e) {
      return Hl7Decoder.normalise(new String(rawMessage, StandardCharsets.ISO_8859_1));
    }
  }
}
