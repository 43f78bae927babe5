package org.opendrimbox.intake.internal;

import java.util.Map;
import java.util.Set;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.MessageHeader;

/**
 * Checks the MSH before parsing: encoding characters, MSH-9 (ORU^R01, MDM^T02/T10/T04, OMI^O23),
 * MSH-10 present, MSH-12 one of the versions the box carries structures for (2.5, 2.5.1, 2.6;
 * the CI-SIS versions are 2.5 for ORU, 2.6 for MDM and 2.5.1 for OMI, others are tolerated).
 */
public final class HeaderRules {

  /** HL7 versions accepted in MSH-12. */
  public static final Set<String> VERSIONS = Set.of("2.5", "2.5.1", "2.6");

  private static final Map<String, Set<String>> TRIGGERS = Map.of(
      "ORU", Set.of("R01"),
      "MDM", Set.of("T02", "T10", "T04"),
      "OMI", Set.of("O23"));

  private HeaderRules() {}

  public static void check(MessageHeader h) throws IntakeException {
    if (h.encodingCharacters().length() < 4 || h.encodingCharacters().length() > 5) {
      throw new IntakeException(IntakeError.MALFORMED_MESSAGE, ErrorLocation.of("MSH", 2),
          "MSH-2 must hold 4 encoding characters");
    }
    if (h.messageType().isEmpty()) {
      throw new IntakeException(IntakeError.HEADER_FIELD_MISSING, ErrorLocation.of("MSH", 9),
          "MSH-9");
    }
    if (h.controlId().isEmpty()) {
      throw new IntakeException(IntakeError.HEADER_FIELD_MISSING, ErrorLocation.of("MSH", 10),
          "MSH-10");
    }
    if (h.version().isEmpty()) {
      throw new IntakeException(IntakeError.HEADER_FIELD_MISSING, ErrorLocation.of("MSH", 12),
          "MSH-12");
    }
    if (!VERSIONS.contains(h.version())) {
      throw new IntakeException(IntakeError.UNSUPPORTED_VERSION, ErrorLocation.of("MSH", 12),
          "MSH-12=" + h.version());
    }
    Set<String> triggers = TRIGGERS.get(h.messageType());
    if (triggers == null) {
      throw new IntakeException(IntakeError.UNSUPPORTED_MESSAGE_TYPE, ErrorLocation.of("MSH", 9),
          "MSH-9=" + h.typeAndTrigger());
    }
    if (!triggers.contains(h.triggerEvent())) {
      throw new IntakeException(IntakeError.UNSUPPORTED_EVENT, ErrorLocation.of("MSH", 9),
          "MSH-9=" + h.typeAndTrigger());
    }
  }
}
