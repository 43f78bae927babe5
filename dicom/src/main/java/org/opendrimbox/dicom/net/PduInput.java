package org.opendrimbox.dicom.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.PduFormatException;
import org.opendrimbox.dicom.net.pdu.PduType;

/**
 * Reads PDUs and PDV items from the association's input stream without buffering whole PDUs: a P-DATA-TF is consumed
 * PDV by PDV, PDV bytes go straight to the caller. Only non-data PDUs are read whole, within {@link #MAX_CONTROL_PDU}.
 * Used by the association's reader thread only.
 */
final class PduInput {
  /** Upper bound for A-ASSOCIATE and other non-data PDUs (a request with 128 contexts is far below). */
  static final int MAX_CONTROL_PDU = 1 << 20;

  private final InputStream in;
  private final byte[] hdr = new byte[6];
  private int pduRemaining;
  /** Type and body of the last non-data PDU met by {@link #nextPdv()}. */
  int controlType;
  byte[] controlBody;
  /** Current PDV. */
  int pcid;
  int control;
  int pdvRemaining;

  PduInput(InputStream in) {
    this.in = in;
  }

  /** Reads the next whole PDU that must not be a P-DATA-TF; returns its type, body in {@link #controlBody}. */
  int readControlPdu() throws IOException {
    int type = readHeader();
    if (type == PduType.P_DATA_TF) {
      throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU, "unexpected P-DATA-TF");
    }
    return type;
  }

  private int readHeader() throws IOException {
    readFully(hdr, 0, 6);
    int type = hdr[0] & 0xFF;
    long len = ((hdr[2] & 0xFFL) << 24) | ((hdr[3] & 0xFF) << 16) | ((hdr[4] & 0xFF) << 8) | (hdr[5] & 0xFF);
    if (type < PduType.A_ASSOCIATE_RQ || type > PduType.A_ABORT) {
      throw new PduFormatException(AAbort.REASON_UNRECOGNIZED_PDU, PduType.name(type));
    }
    if (type == PduType.P_DATA_TF) {
      if (len > Integer.MAX_VALUE) {
        throw new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, "P-DATA-TF length " + len);
      }
      pduRemaining = (int) len;
      return type;
    }
    if (len > MAX_CONTROL_PDU) {
      throw new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, PduType.name(type) + " length " + len);
    }
    controlType = type;
    controlBody = new byte[(int) len];
    readFully(controlBody, 0, (int) len);
    return type;
  }

  /**
   * Advances to the next PDV, crossing P-DATA-TF boundaries. Returns false when a non-data PDU arrives instead (its
   * type in {@link #controlType}). The previous PDV must have been consumed.
   */
  boolean nextPdv() throws IOException {
    if (pdvRemaining != 0) {
      throw new IllegalStateException("previous PDV not consumed");
    }
    while (pduRemaining == 0) {
      if (readHeader() != PduType.P_DATA_TF) {
        return false;
      }
    }
    if (pduRemaining < 6) {
      throw new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, "truncated PDV item");
    }
    readFully(hdr, 0, 6);
    long len = ((hdr[0] & 0xFFL) << 24) | ((hdr[1] & 0xFF) << 16) | ((hdr[2] & 0xFF) << 8) | (hdr[3] & 0xFF);
    if (len < 2 || len > pduRemaining - 4) {
      throw new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE,
          "PDV length " + len + " does not fit the P-DATA-TF (" + pduRemaining + " bytes left)");
    }
    pcid = hdr[4] & 0xFF;
    control = hdr[5] & 0xFF;
    pduRemaining -= 4 + (int) len;
    pdvRemaining = (int) len - 2;
    return true;
  }

  boolean isCommand() {
    return (control & 1) != 0;
  }

  boolean isLast() {
    return (control & 2) != 0;
  }

  /** Reads up to {@code len} bytes of the current PDV; -1 when it is exhausted. */
  int readPdv(byte[] b, int off, int len) throws IOException {
    if (pdvRemaining == 0) {
      return -1;
    }
    int n = in.read(b, off, Math.min(len, pdvRemaining));
    if (n < 0) {
      throw new EOFException("connection closed inside a PDV");
    }
    pdvRemaining -= n;
    return n;
  }

  void skipPdv() throws IOException {
    while (pdvRemaining > 0) {
      long n = in.skip(pdvRemaining);
      if (n <= 0) {
        if (in.read() < 0) {
          throw new EOFException("connection closed inside a PDV");
        }
        n = 1;
      }
      pdvRemaining -= (int) n;
    }
  }

  private void readFully(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = in.read(b, off, len);
      if (n < 0) {
        throw new EOFException("connection closed by peer");
      }
      off += n;
      len -= n;
    }
  }
}
