package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.Map;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.MessageHeader;

/**
 * The HAPI side: one pipe parser per intake, with no validation rules (the fixtures carry template
 * placeholders such as {@code {{idMessage}}} in typed fields), structures chosen by MSH-9/MSH-12,
 * unexpected segments (PRT) kept as non-standard segments (their class lookup cached), and a file-free
 * MSH-10 generator.
 */
public final class HapiParsing {

  private final PipeParser parser;

  public HapiParsing() {
    DefaultHapiContext context = new DefaultHapiContext(new CachingModelClassFactory());
    context.setValidationContext(ValidationContextFactory.noValidation());
    context.getParserConfiguration().setValidating(false);
    context.getParserConfiguration().setIdGenerator(new AckIdGenerator());
    this.parser = context.getPipeParser();
  }

  public PipeParser parser() {
    return parser;
  }

  /** A parsed message and the ED data taken out before parsing (see {@link EdPayloads}). */
  public record Parsed(Message message, Map<Integer, String> edData) {}

  /** Parses CR-separated text; HAPI failures become MALFORMED_MESSAGE with HAPI's location. */
  public Parsed parse(String text, MessageHeader header) throws IntakeException {
    EdPayloads.Stripped stripped = EdPayloads.strip(text, header);
    try {
      return new Parsed(parser.parse(stripped.text()), stripped.data());
    } catch (HL7Exception e) {
      throw new IntakeException(IntakeError.MALFORMED_MESSAGE, location(e),
          e.getError().getMessage());
    }
  }

  private static ErrorLocation location(HL7Exception e) {
    Location l = e.getLocation();
    if (l == null || l.getSegmentName() == null) {
      return ErrorLocation.NONE;
    }
    return new ErrorLocation(l.getSegmentName(), Math.max(1, l.getSegmentRepetition()),
        Math.max(0, l.getField()), Math.max(0, l.getFieldRepetition()),
        Math.max(0, l.getComponent()));
  }
}
