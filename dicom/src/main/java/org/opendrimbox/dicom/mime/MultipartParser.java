package org.opendrimbox.dicom.mime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streaming multipart (RFC 2046) parser: each part's headers and body are handed to a {@link Handler} while the input is
 * read; the body stream ends at the next delimiter, so a part is never buffered whole (memory stays at one buffer).
 */
public final class MultipartParser {

  /** Receives each part; the body need not be read to the end (the rest is skipped). */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param index part number, from 0
     * @param headers part headers, names case-insensitive
     * @param body the part body, ending at the next delimiter
     */
    void part(int index, Map<String, String> headers, InputStream body) throws IOException;
  }

  private static final int BUFFER = 64 * 1024;

  private final byte[] delimiter;
  private int maxHeaderBytes = 16 * 1024;
  private InputStream in;
  private byte[] buf;
  private int pos;
  private int lim;
  private boolean eof;

  /** A parser for the boundary given in the Content-Type of the multipart body. */
  public MultipartParser(String boundary) {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
      throw new IllegalArgumentException("bad multipart boundary: " + boundary);
    }
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Largest header block accepted per part (default 16 KiB). */
  public MultipartParser withMaxHeaderBytes(int max) {
    this.maxHeaderBytes = max;
    return this;
  }

  /** Parses the whole multipart body, calling the handler for each part. Returns the number of parts. */
  public int parse(InputStream input, Handler handler) throws IOException {
    this.in = input;
    this.buf = new byte[Math.max(BUFFER, delimiter.length * 4)];
    buf[0] = '\r'; // the first delimiter may start the body: pretend a CRLF precedes it
    buf[1] = '\n';
    pos = 0;
    lim = 2;
    eof = false;
    new Body().transferTo(java.io.OutputStream.nullOutputStream()); // preamble
    int index = 0;
    while (true) {
      pos += delimiter.length;
      if (!fill(2)) {
        throw new MultipartException("multipart body ends after a delimiter");
      }
      if (buf[pos] == '-' && buf[pos + 1] == '-') {
        return index;
      }
      skipLinearWhitespaceAndCrlf();
      Map<String, String> headers = readHeaders();
      Body body = new Body();
      handler.part(index++, headers, body);
      body.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private void skipLinearWhitespaceAndCrlf() throws IOException {
    while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
      pos++;
    }
    if (!fill(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
      throw new MultipartException("delimiter not followed by CRLF");
    }
    pos += 2;
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int total = 0;
    while (true) {
      StringBuilder line = new StringBuilder();
      while (true) {
        if (!fill(2)) {
          throw new MultipartException("multipart body ends inside part headers");
        }
        if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
          pos += 2;
          break;
        }
        line.append((char) (buf[pos++] & 0xFF));
        if (++total > maxHeaderBytes) {
          throw new MultipartException("part headers longer than " + maxHeaderBytes + " bytes");
        }
      }
      if (line.length() == 0) {
        return headers;
      }
      int colon = line.indexOf(":");
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
  }

  /** Makes n bytes available from pos; false at the end of input. */
  private boolean fill(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim < n && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim - pos >= n;
  }

  private int indexOfDelimiter() {
    int last = lim - delimiter.length;
    byte first = delimiter[0];
    outer:
    for (int i = pos; i <= last; i++) {
      if (buf[i] != first) {
        continue;
      }
      for (int k = 1; k < delimiter.length; k++) {
        if (buf[i + k] != delimiter[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A part body: the bytes up to the next delimiter. */
  private final class Body extends InputStream {
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      if (!fill(delimiter.length) && lim - pos < delimiter.length) {
        throw new MultipartException("multipart body ends without a closing delimiter");
      }
      int idx = indexOfDelimiter();
      if (idx == pos) {
        ended = true;
        return -1;
      }
      int avail = idx >= 0 ? idx - pos : lim - pos - (delimiter.length - 1);
      int n = Math.min(len, avail);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // the parser skips what the handler did not read
    }
  }
}
