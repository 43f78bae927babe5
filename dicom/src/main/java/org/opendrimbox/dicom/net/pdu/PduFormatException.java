package org.opendrimbox.dicom.net.pdu;

import java.io.IOException;

/** A received PDU violates PS3.8; carries the A-ABORT reason the receiver should send. */
public class PduFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  private final int abortReason;

  public PduFormatException(int abortReason, String message) {
    super(message);
    this.abortReason = abortReason;
  }

  public int abortReason() {
    return abortReason;
  }
}
