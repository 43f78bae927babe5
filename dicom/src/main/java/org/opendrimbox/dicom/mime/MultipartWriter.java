package org.opendrimbox.dicom.mime;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Writes a multipart/related body (RFC 2046/2387): each part gets a delimiter and its headers, then the caller streams
 * the part body into the returned stream (closing it does not close the whole body). {@link #finish()} writes the close
 * delimiter.
 */
public final class MultipartWriter {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputStream out;
  private final byte[] delimiter;
  private boolean first = true;
  private boolean finished;

  public MultipartWriter(OutputStream out, String boundary) {
    this.out = out;
    this.delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
  }

  /** A random boundary of 32 hex digits, prefixed so that it is unlikely to occur in DICOM data. */
  public static String newBoundary() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    StringBuilder sb = new StringBuilder("odb-");
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xFF));
    }
    return sb.toString();
  }

  /** Starts a part with Content-Type (and Content-Location if not null); returns the stream for its body. */
  public OutputStream nextPart(String contentType, String contentLocation) throws IOException {
    return nextPart(contentLocation == null ? Map.of("Content-Type", contentType)
        : new java.util.LinkedHashMap<>(Map.of("Content-Type", contentType, "Content-Location", contentLocation)));
  }

  /** Starts a part with the given headers; returns the stream for its body. */
  public OutputStream nextPart(Map<String, String> headers) throws IOException {
    if (finished) {
      throw new IllegalStateException("multipart body already finished");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(first ? "" : "\r\n").append(new String(delimiter, StandardCharsets.US_ASCII)).append("\r\n");
    headers.forEach((k, v) -> {
      if (k.isEmpty() || (k + v).chars().anyMatch(c -> c == '\r' || c == '\n') || k.indexOf(':') >= 0) {
        throw new IllegalArgumentException("bad part header: " + k);
      }
      sb.append(k).append(": ").append(v).append("\r\n");
    });
    sb.append("\r\n");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    first = false;
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** Writes the close delimiter and flushes (the underlying stream stays open). */
  public void finish() throws IOException {
    if (!finished) {
      finished = true;
      out.write(first ? new byte[0] : new byte[] {'\r', '\n'});
      out.write(delimiter);
      out.write(new byte[] {'-', '-', '\r', '\n'});
      out.flush();
    }
  }
}
