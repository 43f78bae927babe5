package org.opendrimbox.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Little-endian read buffer over an input stream that tracks the absolute position. */
final class InputBuffer {

  /** Small first buffer: headers and small data sets (DIMSE identifiers) need no more; grows for long streams. */
  private static final int INITIAL_SIZE = 8 * 1024;
  private static final int SIZE = 64 * 1024;
  /** Values are allocated in steps of at most this size, so a false length cannot allocate more than twice the data. */
  private static final int ALLOC_STEP = 4 * 1024 * 1024;

  private InputStream in;
  private byte[] buf = new byte[INITIAL_SIZE];
  private int pos;
  private int lim;
  private long base;

  InputBuffer(InputStream in) {
    this.in = in;
  }

  long position() {
    return base + pos;
  }

  int available() {
    return lim - pos;
  }

  /** Makes n bytes (n <= SIZE) available; false if the stream ends first. */
  boolean ensure(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (buf.length < SIZE && base + pos >= INITIAL_SIZE) {
      buf = Arrays.copyOf(buf, SIZE);
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      base += pos;
      lim -= pos;
      pos = 0;
    }
    while (lim < n) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        return false;
      }
      lim += r;
    }
    return true;
  }

  void require(int n, String what) throws IOException {
    if (!ensure(n)) {
      throw new EOFException("unexpected end of stream in " + what + " at offset " + position());
    }
  }

  int u8(int off) {
    return buf[pos + off] & 0xFF;
  }

  int u16(int off) {
    return (buf[pos + off] & 0xFF) | ((buf[pos + off + 1] & 0xFF) << 8);
  }

  int i32(int off) {
    return u16(off) | (u16(off + 2) << 16);
  }

  void advance(int n) {
    pos += n;
  }

  /** Reads exactly len bytes, growing the array only as data arrives. */
  byte[] readBytes(long len) throws IOException {
    int first = (int) Math.min(len, ALLOC_STEP);
    byte[] b = new byte[first];
    int filled = 0;
    while (filled < len) {
      if (filled == b.length) {
        b = Arrays.copyOf(b, (int) Math.min(len, (long) b.length * 2));
      }
      int n = read(b, filled, b.length - filled);
      if (n < 0) {
        throw new EOFException("unexpected end of stream: value of " + len + " bytes ends after " + filled);
      }
      filled += n;
    }
    return b;
  }

  int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos < lim) {
      int n = Math.min(len, lim - pos);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }
    if (len >= buf.length) {
      int n = in.read(b, off, len);
      if (n > 0) {
        base += n;
      }
      return n;
    }
    if (!ensure(1)) {
      return -1;
    }
    return read(b, off, len);
  }

  int read() throws IOException {
    if (pos >= lim && !ensure(1)) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  void skip(long len, String what) throws IOException {
    long remaining = len;
    int n = (int) Math.min(remaining, lim - pos);
    pos += n;
    remaining -= n;
    while (remaining > 0) {
      long s = in.skip(remaining);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("unexpected end of stream skipping " + what);
        }
        s = 1;
      }
      base += s;
      remaining -= s;
    }
  }

  void copyTo(OutputStream out, long len) throws IOException {
    long remaining = len;
    while (remaining > 0) {
      if (pos >= lim && !ensure(1)) {
        throw new EOFException("unexpected end of stream copying a value (" + remaining + " bytes missing)");
      }
      int n = (int) Math.min(remaining, lim - pos);
      out.write(buf, pos, n);
      pos += n;
      remaining -= n;
    }
  }

  /** Continues with the rest of the stream inflated (Deflated Explicit VR Little Endian); positions restart at 0. */
  void inflateRest() {
    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(buf, pos, lim)), in);
    in = new InflaterInputStream(rest, new Inflater(true), 16 * 1024) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (ZipException e) {
          throw new DicomStreamException("corrupt deflated data: " + e.getMessage(), e);
        }
      }
    };
    base = 0;
    pos = 0;
    lim = 0;
  }

  void close() throws IOException {
    in.close();
  }
}
