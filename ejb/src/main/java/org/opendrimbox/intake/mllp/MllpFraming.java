package org.opendrimbox.intake.mllp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * MLLP release 1 framing: {@code <VT> message <FS><CR>}. One reader per connection: it reads the socket in
 * blocks and looks for the end block in its own buffer (a report with its CDA is some 300 KB, too many bytes
 * for a per-byte read), keeping what follows a frame for the next one.
 */
final class MllpFraming {

  static final int START_BLOCK = 0x0b;
  static final int END_BLOCK = 0x1c;
  static final int CARRIAGE_RETURN = 0x0d;
  /** A frame buffer grown beyond this is dropped after its message. */
  private static final int KEEP = 4 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  /** The frame being read, kept from one message to the next (a report is 300 KB; growing a fresh one costs). */
  private byte[] frame = new byte[64 * 1024];

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
    int size = 0;
    while (true) {
      if (pos == limit && !fill()) {
        throw new EOFException("MLLP stream ended inside a message");
      }
      int end = pos;
      while (end < limit && buf[end] != END_BLOCK) {
        end++;
      }
      if (size + (end - pos) > maxLength) {
        throw new IOException("MLLP message longer than " + maxLength + " bytes");
      }
      if (size + (end - pos) > frame.length) {
        frame = Arrays.copyOf(frame, Math.min(maxLength, Math.max(size + (end - pos), 2 * frame.length)));
      }
      System.arraycopy(buf, pos, frame, size, end - pos);
      size += end - pos;
      pos = end;
      if (end < limit) {
        pos++;
        if (next() != CARRIAGE_RETURN) {
          throw new IOException("MLLP framing error: end block not followed by CR");
        }
        byte[] message = Arrays.copyOf(frame, size);
        if (frame.length > KEEP) {
          frame = new byte[64 * 1024];
        }
        return message;
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
