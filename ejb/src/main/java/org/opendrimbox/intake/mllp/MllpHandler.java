package org.opendrimbox.intake.mllp;

/** Handles one HL7 v2 message received over MLLP and returns the acknowledgement to send back. */
@FunctionalInterface
public interface MllpHandler {

  /**
   * @param message the message bytes between the MLLP start and end blocks, undecoded
   * @param remote the peer's address, for logs
   * @return the complete acknowledgement message, undecoded (framed by the server)
   */
  byte[] handle(byte[] message, String remote);
}
