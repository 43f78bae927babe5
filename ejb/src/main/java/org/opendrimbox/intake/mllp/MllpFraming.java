package org.opendrimbox.intake.mllp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** MLLP release 1 framing: {@code <VT> message <FS><CR>}. */
final class MllpFraming {

  static final int START_BLOCK = 0x0b;
  static final int END_BLOCK = 0x1c;
  static final int CARRIAGE_RETURN = 0x0d;

  private MllpFraming() {}

  /**
   * Reads the next framed message; returns {@code null} at a clean end of stream between messages.
   *
   * @throws IOException on a framing error, an oversized message or a stream ending inside a frame
   */
  static byte[] read(InputStream in, int maxLength) throws IOException {
    int b;
    do {
      b = in.read();
      if (b == -1) {
        return null;
      }
    } while (b == CARRIAGE_RETURN || b == '\n'); // tolerate stray line ends between frames
    if (b != START_BLOCK) {
      throw new IOException("MLLP framing error: expected start block 0x0B, got 0x" + Integer.toHexString(b));
    }
    var buf = new ByteArrayOutputStream(4096);
    while (true) {
      b = in.read();
      if (b == -1) {
        throw new EOFException("MLLP stream ended inside a message");
      }
      if (b == END_BLOCK) {
        int cr = in.read();
        if (cr != CARRIAGE_RETURN) {
          throw new IOException("MLLP framing error: end block not followed by CR");
        }
        return buf.toByteArray();
      }
      if (buf.size() >= maxLength) {
        throw new IOException("MLLP message longer than " + maxLength + " bytes");
      }
      buf.write(b);
    }
  }

  static void write(OutputStream out, byte[] message) throws IOException {
    out.write(START_BLOCK);
    out.write(message);
    out.write(END_BLOCK);
    out.write(CARRIAGE_RETURN);
    out.flush();
  }
}
