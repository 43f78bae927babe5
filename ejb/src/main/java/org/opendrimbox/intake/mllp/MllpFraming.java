package org.opendrimbox.intake.mllp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MLLP release 1 framing: {@code <VT> message <FS><CR>}. One reader per connection: it reads the socket in
 * blocks and looks for the end block in its own buffer (a report with its CDA is some 300 KB, too many bytes
 * for a per-byte read), keeping what follows a frame for the next one.
 */
final class MllpFraming {

  static final int START_BLOCK = 0x0b;
  static final int END_BLOCK = 0x1c;
  static final int CARRIAGE_RETURN = 0x0d;

  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;

  MllpFraming(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the next framed message; returns {@code null} at a clean end of stream between messages.
   *
   * @throws IOException on a framing error, an oversized message or a stream ending inside a frame
   */
  byte[] read(int maxLength) throws IOException {
    int b;
    do {
      b = next();
      if (b == -1) {
        return null;
      }
    } while (b == CARRIAGE_RETURN || b == '\n'); // tolerate stray line ends between frames
    if (b != START_BLOCK) {
      throw new IOException("MLLP framing error: expected start block 0x0B, got 0x" + Integer.toHexString(b));
    }
    var message = new ByteArrayOutputStream(Math.min(maxLength, 64 * 1024));
    while (true) {
      if (pos == limit && !fill()) {
        throw new EOFException("MLLP stream ended inside a message");
      }
      int end = pos;
      while (end < limit && buf[end] != END_BLOCK) {
        end++;
      }
      if (message.size() + (end - pos) > maxLength) {
        throw new IOException("MLLP message longer than " + maxLength + " bytes");
      }
      message.write(buf, pos, end - pos);
      pos = end;
      if (end < limit) {
        pos++;
        if (next() != CARRIAGE_RETURN) {
          throw new IOException("MLLP framing error: end block not followed by CR");
        }
        return message.toByteArray();
      }
    }
  }

  private int next() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  static void write(OutputStream out, byte[] message) throws IOException {
    out.write(START_BLOCK);
    out.write(message);
    out.write(END_BLOCK);
    out.write(CARRIAGE_RETURN);
    out.flush();
  }
}
