package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.PduFormatException;

/**
 * The data set of an incoming DIMSE message, read fragment by fragment from the socket: nothing is buffered beyond the
 * socket buffer, so an SCP can stream it straight to disk ({@link #copyTo(OutputStream)}). Reaches EOF after the last
 * fragment; an A-ABORT or A-RELEASE-RQ in the middle ends in an IOException.
 */
public final class PDVInputStream extends InputStream {
  private final PduInput pdu;
  private final int pcid;
  private final String transferSyntax;
  private final Association as;
  private boolean eof;
  private boolean needNext = true;

  PDVInputStream(Association as, PduInput pdu, int pcid, String transferSyntax) {
    this.as = as;
    this.pdu = pdu;
    this.pcid = pcid;
    this.transferSyntax = transferSyntax;
  }

  /** Transfer syntax negotiated for the presentation context of this data set. */
  public String transferSyntax() {
    return transferSyntax;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!eof) {
      if (needNext) {
        nextFragment();
        needNext = false;
      }
      int n = pdu.readPdv(b, off, len);
      if (n >= 0) {
        return n;
      }
      if (pdu.isLast()) {
        eof = true;
      } else {
        needNext = true;
      }
    }
    return -1;
  }

  private void nextFragment() throws IOException {
    if (!pdu.nextPdv()) {
      AssociationReader.insideMessage(as, pdu.controlType, pdu.controlBody);
      throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU, "data set interrupted");
    }
    if (pdu.isCommand() || pdu.pcid != pcid) {
      throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER,
          "expected data fragment on context " + pcid + ", got context " + pdu.pcid);
    }
  }

  /** Copies the rest of the data set to {@code out}; returns the number of bytes. */
  public long copyTo(OutputStream out) throws IOException {
    byte[] b = new byte[65536];
    long total = 0;
    int n;
    while ((n = read(b, 0, b.length)) > 0) {
      out.write(b, 0, n);
      total += n;
    }
    return total;
  }

  /** Discards the rest of the data set. */
  public void skipAll() throws IOException {
    while (!eof) {
      if (needNext) {
        nextFragment();
        needNext = false;
      }
      pdu.skipPdv();
      if (pdu.isLast()) {
        eof = true;
      } else {
        needNext = true;
      }
    }
  }

  boolean isEof() {
    return eof;
  }

  /** True once the whole data set has been read. */
  public boolean isComplete() {
    return eof;
  }
}
