package org.opendrimbox.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The base64 text of an ED value (OBX-5.5), read without decoding it whole: {@link #check} validates the
 * alphabet in one pass, {@link #stream} decodes lazily from the start (the CDA header is a few KB before
 * the body that holds the PDF), {@link #tail} decodes only the last bytes. Whitespace (line folding) is
 * skipped everywhere, as the MIME decoder does.
 */
final class Base64Text {

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte PAD = 2;
  private static final byte SPACE = 3;
  private static final byte[] CLASS = new byte[256];

  static {
    for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray()) {
      CLASS[c] = LETTER;
    }
    CLASS['='] = PAD;
    for (char c : " \t\n\r\f\u000b".toCharArray()) {
      CLASS[c] = SPACE;
    }
  }

  /** The text as ISO 8859-1 bytes (a character beyond it becomes {@code ?}, which is not base64). */
  private final byte[] text;
  private int length = -1;

  Base64Text(String text) {
    this.text = text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Whether the text is valid base64: alphabet characters, then at most two {@code =} at the end, whose
   * count without whitespace leaves a decodable last group.
   */
  boolean check() {
    int count = 0;
    int padding = 0;
    for (byte b : text) {
      byte kind = CLASS[b & 0xff];
      if (kind == LETTER && padding == 0) {
        count++;
      } else if (kind == PAD && padding < 2) {
        padding++;
      } else if (kind != SPACE) {
        return false;
      }
    }
    length = count + padding;
    return count % 4 != 1 && (padding == 0 || length % 4 == 0);
  }

  /** The decoded bytes, read on demand. */
  InputStream stream() {
    return new Decoding(text);
  }

  /**
   * The last bytes of the decoded data (about 100, the whole data when shorter); {@link #check} first.
   */
  byte[] tail() {
    int chars = length <= 136 ? length : 128 + length % 4;
    byte[] last = new byte[chars];
    int n = chars;
    for (int i = text.length - 1; i >= 0 && n > 0; i--) {
      if (CLASS[text[i] & 0xff] != SPACE) {
        last[--n] = text[i];
      }
    }
    return Base64.getDecoder().decode(last);
  }

  /** All the decoded bytes. */
  byte[] all() {
    try (InputStream in = stream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Decodes 4 KB of text at a time. */
  private static final class Decoding extends InputStream {
    private final byte[] text;
    private int next;
    private final byte[] group = new byte[4096];
    private int carry;
    private byte[] out = new byte[0];
    private int pos;

    Decoding(byte[] text) {
      this.text = text;
    }

    @Override
    public int read() throws IOException {
      if (pos == out.length && !refill()) {
        return -1;
      }
      return out[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos == out.length && !refill()) {
        return -1;
      }
      int n = Math.min(len, out.length - pos);
      System.arraycopy(out, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean refill() throws IOException {
      int n = carry;
      while (n < group.length && next < text.length) {
        byte c = text[next++];
        if (CLASS[c & 0xff] != SPACE) {
          group[n++] = c;
        }
      }
      if (n == 0) {
        return false;
      }
      int whole = next < text.length ? n - n % 4 : n;
      try {
        byte[] src = new byte[whole];
        System.arraycopy(group, 0, src, 0, whole);
        out = Base64.getDecoder().decode(src);
      } catch (IllegalArgumentException e) {
        throw new IOException("invalid base64", e);
      }
      carry = n - whole;
      System.arraycopy(group, whole, group, 0, carry);
      pos = 0;
      return out.length > 0 || next < text.length && refill();
    }
  }
}
