package org.opendrimbox.dicom.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A value kept outside memory: a byte range of a source (usually a file URI) that is read only when needed.
 * A negative length marks an encapsulated value of undefined length (its fragments follow in the source).
 */
public final class BulkData {

  private final String uri;
  private final long offset;
  private final long length;

  /** @param uri source URI (file: URIs can be opened), may be null; offset and length locate the value bytes */
  public BulkData(String uri, long offset, long length) {
    this.uri = uri;
    this.offset = offset;
    this.length = length;
  }

  public String uri() {
    return uri;
  }

  public long offset() {
    return offset;
  }

  public long length() {
    return length;
  }

  /** The source URI with the byte range as query ({@code file:/x.dcm?offset=1234&length=5678}). */
  public String uriWithRange() {
    return uri + "?offset=" + offset + "&length=" + length;
  }

  /** Opens the value bytes; supported for file: URIs. */
  public InputStream openStream() throws IOException {
    if (uri == null || !uri.startsWith("file:")) {
      throw new IOException("cannot open bulk data from " + uri);
    }
    return range(FileChannel.open(Path.of(URI.create(uri)), StandardOpenOption.READ), offset, length);
  }

  /** Reads the bytes {@code [offset, offset + length)} of ch (moves its position; closing the stream closes ch). */
  public static InputStream range(FileChannel ch, long offset, long length) throws IOException {
    ch.position(offset);
    return new RangeInputStream(Channels.newInputStream(ch), length);
  }

  @Override
  public String toString() {
    return "BulkData[" + uriWithRange() + "]";
  }

  private static final class RangeInputStream extends java.io.FilterInputStream {
    private long remaining;

    RangeInputStream(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }
}
