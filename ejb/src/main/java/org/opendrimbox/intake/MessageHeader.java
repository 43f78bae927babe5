package org.opendrimbox.intake;

/**
 * The MSH fields the intake reads, as sent (component separators kept, HL7 escapes resolved). Read
 * from the raw text, so it is available even when the rest of the message cannot be parsed.
 *
 * @param fieldSeparator MSH-1
 * @param encodingCharacters MSH-2
 * @param sendingApplication MSH-3
 * @param sendingFacility MSH-4
 * @param receivingApplication MSH-5
 * @param receivingFacility MSH-6
 * @param dateTime MSH-7
 * @param messageType MSH-9.1, e.g. ORU
 * @param triggerEvent MSH-9.2, e.g. R01
 * @param messageStructure MSH-9.3, e.g. ORU_R01
 * @param controlId MSH-10
 * @param processingId MSH-11
 * @param version MSH-12
 * @param characterSet MSH-18 (first repetition)
 * @param profile MSH-21 (first repetition), e.g. {@code 2.1^CISIS_CDA_HL7_V2}
 */
public record MessageHeader(
    String fieldSeparator,
    String encodingCharacters,
    String sendingApplication,
    String sendingFacility,
    String receivingApplication,
    String receivingFacility,
    String dateTime,
    String messageType,
    String triggerEvent,
    String messageStructure,
    String controlId,
    String processingId,
    String version,
    String characterSet,
    String profile) {

  /** Header used when no MSH could be read at all. */
  public static final MessageHeader UNKNOWN =
      new MessageHeader("|", "^~\\&", "", "", "", "", "", "", "", "", "", "P", "", "", "");

  /** {@code TYPE^TRIGGER}, e.g. {@code MDM^T10}. */
  public String typeAndTrigger() {
    return messageType + "^" + triggerEvent;
  }
}
