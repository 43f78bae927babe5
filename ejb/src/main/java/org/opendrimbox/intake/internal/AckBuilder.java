package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.primitive.CommonTS;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.Escape;
import ca.uhn.hl7v2.parser.ModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.ReflectionUtil;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.regex.Pattern;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.MessageHeader;

/**
 * Builds the original-mode acknowledgement the way HAPI's {@code Message.generateACK} does (inbound
 * version and separators, sender and receiver swapped, MSA-2 = inbound MSH-10) but from the raw
 * {@link MessageHeader}, so that a message HAPI cannot parse is acknowledged the same way. Adds one
 * ERR per issue (ERR-2 location, ERR-3 table 0357 code, ERR-4 severity, ERR-5 application code,
 * ERR-8 text) and sets MSH-18 to the character set used for the bytes.
 */
public final class AckBuilder {

  static final String FALLBACK_VERSION = "2.5";

  private final PipeParser parser;
  private final ModelClassFactory factory;

  public AckBuilder(PipeParser parser) {
    this.parser = parser;
    this.factory = parser.getFactory();
  }

  /** The ACK text (segments separated by CR, no MLLP framing). */
  public String build(MessageHeader in, String ackCode, List<IntakeIssue> issues) {
    try {
      String version = HeaderRules.VERSIONS.contains(in.version()) ? in.version() : FALLBACK_VERSION;
      Message ack = ReflectionUtil.instantiateMessage(
          factory.getMessageClass("ACK", version, false), factory);
      ack.setParser(parser);
      EncodingCharacters enc = encoding(in);
      Segment msh = (Segment) ack.get("MSH");
      Terser.set(msh, 1, 0, 1, 1, String.valueOf(enc.getFieldSeparator()));
      Terser.set(msh, 2, 0, 1, 1, "" + enc.getComponentSeparator() + enc.getRepetitionSeparator()
          + enc.getEscapeCharacter() + enc.getSubcomponentSeparator());
      setComponents(msh, 3, in.receivingApplication(), enc);
      setComponents(msh, 4, in.receivingFacility(), enc);
      setComponents(msh, 5, in.sendingApplication(), enc);
      setComponents(msh, 6, in.sendingFacility(), enc);
      Terser.set(msh, 7, 0, 1, 1, CommonTS.toHl7TSFormat(new GregorianCalendar()));
      Terser.set(msh, 9, 0, 1, 1, "ACK");
      Terser.set(msh, 9, 0, 2, 1, in.triggerEvent());
      Terser.set(msh, 9, 0, 3, 1, "ACK");
      Terser.set(msh, 10, 0, 1, 1, parser.getParserConfiguration().getIdGenerator().getID());
      String processing = split(in.processingId(), enc.getComponentSeparator())[0];
      Terser.set(msh, 11, 0, 1, 1, processing.isEmpty() ? "P" : processing);
      Terser.set(msh, 12, 0, 1, 1, version);
      Terser.set(msh, 18, 0, 1, 1, charsetName(in));
      Segment msa = (Segment) ack.get("MSA");
      Terser.set(msa, 1, 0, 1, 1, ackCode);
      Terser.set(msa, 2, 0, 1, 1, in.controlId());
      for (int i = 0; i < issues.size(); i++) {
        err((Segment) ack.get("ERR", i), issues.get(i));
      }
      return parser.encode(ack);
    } catch (HL7Exception | IOException e) {
      throw new IllegalStateException("cannot build ACK", e);
    }
  }

  /** The bytes of an ACK text in the character set announced in its MSH-18. */
  public static byte[] bytes(MessageHeader in, String ack) {
    return ack.getBytes(charset(in));
  }

  static Charset charset(MessageHeader in) {
    return Hl7Decoder.charsetFor(in.characterSet()).orElse(StandardCharsets.UTF_8);
  }

  private static String charsetName(MessageHeader in) {
    return Hl7Decoder.charsetFor(in.characterSet()).isPresent() ? in.characterSet() : "UNICODE UTF-8";
  }

  private static void err(Segment err, IntakeIssue issue) throws HL7Exception {
    ErrorLocation at = issue.location();
    if (at.isKnown()) {
      Terser.set(err, 2, 0, 1, 1, at.segment());
      Terser.set(err, 2, 0, 2, 1, Integer.toString(at.sequence()));
      if (at.field() > 0) {
        Terser.set(err, 2, 0, 3, 1, Integer.toString(at.field()));
      }
      if (at.repetition() > 0) {
        Terser.set(err, 2, 0, 4, 1, Integer.toString(at.repetition()));
      }
      if (at.component() > 0) {
        Terser.set(err, 2, 0, 5, 1, Integer.toString(at.component()));
      }
    }
    ca.uhn.hl7v2.ErrorCode code = ca.uhn.hl7v2.ErrorCode.errorCodeFor(issue.error().hl7Code());
    Terser.set(err, 3, 0, 1, 1, Integer.toString(issue.error().hl7Code()));
    Terser.set(err, 3, 0, 2, 1, code.getMessage());
    Terser.set(err, 3, 0, 3, 1, "HL70357");
    Terser.set(err, 4, 0, 1, 1, issue.severity().hl7());
    Terser.set(err, 5, 0, 1, 1, issue.error().name());
    Terser.set(err, 5, 0, 2, 1, issue.error().english());
    Terser.set(err, 5, 0, 3, 1, "L");
    Terser.set(err, 8, 0, 1, 1, issue.text());
  }

  private static void setComponents(Segment msh, int field, String raw, EncodingCharacters enc)
      throws HL7Exception {
    String[] parts = split(raw, enc.getComponentSeparator());
    for (int c = 0; c < parts.length && c < 3; c++) {
      if (!parts[c].isEmpty()) {
        Terser.set(msh, field, 0, c + 1, 1, Escape.unescape(parts[c], enc));
      }
    }
  }

  private static String[] split(String value, char separator) {
    return (value == null ? "" : value).split(Pattern.quote(String.valueOf(separator)), -1);
  }

  private static EncodingCharacters encoding(MessageHeader in) {
    String enc = in.encodingCharacters();
    if (in.fieldSeparator().length() == 1 && enc.length() >= 4) {
      return new EncodingCharacters(in.fieldSeparator().charAt(0), enc.substring(0, 4));
    }
    return EncodingCharacters.defaultInstance();
  }
}
