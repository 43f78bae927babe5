package org.opendrimbox.intake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;

/**
 * Turns the bytes of one HL7 v2 message (as MLLP delivers them) into text: strips MLLP framing and
 * a byte-order mark, reads MSH-18 from the raw MSH, decodes strictly in that character set, and
 * normalises segment terminators (CR, LF or CRLF) to CR. An empty MSH-18 means UTF-8 when the bytes
 * are valid UTF-8, ISO 8859-1 otherwise.
 */
public final class Hl7Decoder {

  /** The decoded text and the character set used. */
  public record Decoded(String text, Charset charset) {}

  private static final Charset LATIN_9 = Charset.forName("ISO-8859-15");

  /**
   * Decodes a message.
   *
   * @throws IntakeException MALFORMED_MESSAGE when there is no MSH, UNSUPPORTED_CHARSET when MSH-18
   *     is unknown or the bytes are not valid in it
   */
  public Decoded decode(byte[] raw) throws IntakeException {
    int start = 0;
    int end = raw.length;
    while (start < end && (raw[start] == 0x0B || isBlank(raw[start]))) {
      start++;
    }
    if (end - start >= 3 && (raw[start] & 0xFF) == 0xEF && (raw[start + 1] & 0xFF) == 0xBB
        && (raw[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    while (end > start && (raw[end - 1] == 0x1C || isBlank(raw[end - 1]))) {
      end--;
    }
    int mshEnd = start;
    while (mshEnd < end && raw[mshEnd] != '\r' && raw[mshEnd] != '\n') {
      mshEnd++;
    }
    String msh = new String(raw, start, mshEnd - start, StandardCharsets.ISO_8859_1);
    if (!msh.startsWith("MSH") || msh.length() < 8) {
      throw new IntakeException(IntakeError.MALFORMED_MESSAGE, ErrorLocation.NONE, "no MSH segment");
    }
    String msh18 = MshReader.read(msh).characterSet();
    ByteBuffer bytes = ByteBuffer.wrap(raw, start, end - start);
    if (msh18.isEmpty()) {
      Optional<String> utf8 = strict(bytes.duplicate(), StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return new Decoded(normalise(utf8.get()), StandardCharsets.UTF_8);
      }
      String latin = new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
      return new Decoded(normalise(latin), StandardCharsets.ISO_8859_1);
    }
    Charset charset = charsetFor(msh18).orElseThrow(() -> new IntakeException(
        IntakeError.UNSUPPORTED_CHARSET, ErrorLocation.of("MSH", 18), "MSH-18=" + msh18));
    String text = strict(bytes, charset).orElseThrow(() -> new IntakeException(
        IntakeError.UNSUPPORTED_CHARSET, ErrorLocation.of("MSH", 18),
        "bytes are not valid " + charset.name()));
    return new Decoded(normalise(text), charset);
  }

  /**
   * The Java character set for an MSH-18 value (HL7 table 0211): UNICODE UTF-8, 8859/1, 8859/15,
   * ASCII; empty for anything else.
   */
  public static Optional<Charset> charsetFor(String msh18) {
    String v = msh18 == null ? "" : msh18.strip().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "UNICODE UTF-8", "UTF-8", "UNICODE" -> Optional.of(StandardCharsets.UTF_8);
      case "8859/1" -> Optional.of(StandardCharsets.ISO_8859_1);
      case "8859/15" -> Optional.of(LATIN_9);
      case "ASCII" -> Optional.of(StandardCharsets.US_ASCII);
      default -> Optional.empty();
    };
  }

  /**
   * Segment terminators CRLF and LF become CR; empty segments are dropped. Walks the segments with
   * {@code indexOf} (a report is a few dozen segments, one of them some 300 KB long).
   */
  public static String normalise(String text) {
    if (text.indexOf('\n') < 0 && !text.contains("\r\r") && !text.startsWith("\r") && !text.endsWith("\r")) {
      return text;
    }
    int n = text.length();
    StringBuilder sb = new StringBuilder(n);
    int cr = -1;
    int lf = -1;
    for (int start = 0; start < n; ) {
      if (cr < start) {
        cr = text.indexOf('\r', start);
        cr = cr < 0 ? n : cr;
      }
      if (lf < start) {
        lf = text.indexOf('\n', start);
        lf = lf < 0 ? n : lf;
      }
      int end = Math.min(cr, lf);
      if (!isBlank(text, start, end)) {
        if (sb.length() > 0) {
          sb.append('\r');
        }
        sb.append(text, start, end);
      }
      start = end + 1;
    }
    return sb.toString();
  }

  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes, reporting malformed input. UTF-8 takes the JDK fast path and falls back to a strict
   * decoder only when a replacement character shows up.
   */
  private static Optional<String> strict(ByteBuffer bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)) {
      String fast = charset.equals(StandardCharsets.UTF_8)
          ? utf8(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining())
          : new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), charset);
      if (charset.equals(StandardCharsets.ISO_8859_1) || fast.indexOf('\uFFFD') < 0) {
        return Optional.of(fast);
      }
    }
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static final int UTF8_BLOCK = 8192;

  /**
   * UTF-8 decoding by blocks cut before an ASCII byte (never inside a character): the JDK decodes an
   * all-ASCII block as a plain copy, but after the first non-ASCII byte it goes byte by byte to the end of
   * its input. A report has its few accented characters in the header segments and some 300 KB of base64
   * after them, so only the blocks holding them take the slow path. Malformed input gives U+FFFD as
   * {@code new String} does.
   */
  static String utf8(byte[] raw, int offset, int length) {
    int end = offset + length;
    if (length <= UTF8_BLOCK) {
      return new String(raw, offset, length, StandardCharsets.UTF_8);
    }
    StringBuilder sb = new StringBuilder(length);
    for (int start = offset; start < end; ) {
      int cut = Math.min(end, start + UTF8_BLOCK);
      while (cut < end && raw[cut] < 0) {
        cut++;
      }
      sb.append(new String(raw, start, cut - start, StandardCharsets.UTF_8));
      start = cut;
    }
    return sb.toString();
  }

  private static boolean isBlank(byte b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }
}
