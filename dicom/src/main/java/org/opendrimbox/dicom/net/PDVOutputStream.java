package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.opendrimbox.dicom.net.pdu.PduEncoder;
import org.opendrimbox.dicom.net.pdu.PduType;

/**
 * Fragments one command or data set into P-DATA-TF PDUs of at most the peer's maximum length, one PDV per PDU. Bytes
 * are written into the PDU buffer directly, and a full PDU is sent only once more bytes come, so the last fragment
 * (flagged on {@link #close()}) always carries data. Not thread safe; the association's write lock is held meanwhile.
 */
public final class PDVOutputStream extends OutputStream {
  private static final int PDV_HEADER = 12; // PDU header 6 + PDV length 4 + context ID 1 + control 1

  private final OutputStream out;
  private final byte[] buf;
  private final int pcid;
  private final int control;
  private int pos = PDV_HEADER;
  private boolean closed;

  PDVOutputStream(OutputStream out, byte[] buf, int pcid, boolean command) {
    this.out = out;
    this.buf = buf;
    this.pcid = pcid;
    this.control = command ? 1 : 0;
  }

  @Override
  public void write(int b) throws IOException {
    if (pos == buf.length) {
      sendPdu(false);
    }
    buf[pos++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (pos == buf.length) {
        sendPdu(false);
      }
      int n = Math.min(len, buf.length - pos);
      System.arraycopy(b, off, buf, pos, n);
      pos += n;
      off += n;
      len -= n;
    }
  }

  /** Copies {@code in} to its end straight into PDU buffers (no intermediate copy). */
  public long copyFrom(InputStream in) throws IOException {
    long total = 0;
    while (true) {
      if (pos == buf.length) {
        sendPdu(false);
      }
      int n = in.read(buf, pos, buf.length - pos);
      if (n < 0) {
        return total;
      }
      pos += n;
      total += n;
    }
  }

  /** Copies exactly {@code length} bytes of {@code in}. */
  public void copyFrom(InputStream in, long length) throws IOException {
    while (length > 0) {
      if (pos == buf.length) {
        sendPdu(false);
      }
      int n = in.read(buf, pos, (int) Math.min(length, buf.length - pos));
      if (n < 0) {
        throw new java.io.EOFException(length + " bytes missing");
      }
      pos += n;
      length -= n;
    }
  }

  /** No-op: fragments are sent when full or on close. */
  @Override
  public void flush() {
  }

  /** Sends the last fragment. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      sendPdu(true);
    }
  }

  private void sendPdu(boolean last) throws IOException {
    int pdvLength = pos - PDV_HEADER + 2;
    PduEncoder.header(buf, 0, PduType.P_DATA_TF, pdvLength + 4);
    PduEncoder.putInt(buf, 6, pdvLength);
    buf[10] = (byte) pcid;
    buf[11] = (byte) (last ? control | 2 : control);
    out.write(buf, 0, pos);
    pos = PDV_HEADER;
  }
}
