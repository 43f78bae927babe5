package org.opendrimbox.dicom.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Specific Character Set (0008,0005) of a data set, mapped to a Java charset. Single-byte ISO 8859 sets,
 * UTF-8 (ISO_IR 192), GB18030/GBK and ISO 2022 Japanese are supported; other code extensions decode with the
 * charset of the first value. The default repertoire is decoded as ISO 8859-1 so that no byte is lost.
 */
public final class SpecificCharacterSet {

  /** Default repertoire (no (0008,0005)). */
  public static final SpecificCharacterSet DEFAULT =
      new SpecificCharacterSet(new String[0], StandardCharsets.ISO_8859_1);
  /** ISO_IR 100, Latin alphabet No. 1. */
  public static final SpecificCharacterSet ISO_IR_100 =
      new SpecificCharacterSet(new String[] {"ISO_IR 100"}, StandardCharsets.ISO_8859_1);
  /** ISO_IR 192, Unicode in UTF-8. */
  public static final SpecificCharacterSet ISO_IR_192 =
      new SpecificCharacterSet(new String[] {"ISO_IR 192"}, StandardCharsets.UTF_8);

  private final String[] codes;
  private final Charset charset;

  private SpecificCharacterSet(String[] codes, Charset charset) {
    this.codes = codes;
    this.charset = charset;
  }

  /** Character set for the values of (0008,0005); null or empty means the default repertoire. */
  public static SpecificCharacterSet valueOf(String... codes) {
    if (codes == null || codes.length == 0) {
      return DEFAULT;
    }
    String first = codes[0] == null ? "" : codes[0].trim().toUpperCase(Locale.ROOT);
    if (codes.length == 1) {
      if (first.isEmpty() || first.equals("ISO_IR 6")) {
        return DEFAULT;
      }
      if (first.equals("ISO_IR 100")) {
        return ISO_IR_100;
      }
      if (first.equals("ISO_IR 192")) {
        return ISO_IR_192;
      }
    }
    for (String c : codes) {
      String u = c == null ? "" : c.trim();
      if (u.equals("ISO 2022 IR 87") || u.equals("ISO 2022 IR 159")) {
        return new SpecificCharacterSet(codes.clone(), charsetOr("ISO-2022-JP"));
      }
    }
    return new SpecificCharacterSet(codes.clone(), charsetOf(first));
  }

  private static Charset charsetOf(String code) {
    String c = code.replace("ISO 2022 ", "ISO_");
    switch (c) {
      case "ISO_IR 100": return StandardCharsets.ISO_8859_1;
      case "ISO_IR 101": return charsetOr("ISO-8859-2");
      case "ISO_IR 109": return charsetOr("ISO-8859-3");
      case "ISO_IR 110": return charsetOr("ISO-8859-4");
      case "ISO_IR 144": return charsetOr("ISO-8859-5");
      case "ISO_IR 127": return charsetOr("ISO-8859-6");
      case "ISO_IR 126": return charsetOr("ISO-8859-7");
      case "ISO_IR 138": return charsetOr("ISO-8859-8");
      case "ISO_IR 148": return charsetOr("ISO-8859-9");
      case "ISO_IR 203": return charsetOr("ISO-8859-15");
      case "ISO_IR 166": return charsetOr("TIS-620");
      case "ISO_IR 13": return charsetOr("JIS_X0201");
      case "ISO_IR 192": return StandardCharsets.UTF_8;
      case "GB18030": return charsetOr("GB18030");
      case "GBK": return charsetOr("GBK");
      default: return StandardCharsets.ISO_8859_1;
    }
  }

  private static Charset charsetOr(String name) {
    return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.ISO_8859_1;
  }

  /** The defined terms of (0008,0005) this set was built from. */
  public String[] codes() {
    return codes.clone();
  }

  /** The Java charset used for SH, LO, ST, LT, UC, UT and PN values. */
  public Charset charset() {
    return charset;
  }

  /** Decodes text bytes. */
  public String decode(byte[] b, int off, int len) {
    return new String(b, off, len, charset);
  }

  /** Encodes text. */
  public byte[] encode(String s) {
    return s.getBytes(charset);
  }

  @Override
  public String toString() {
    return codes.length == 0 ? "default" : String.join("\\", codes) + " (" + charset.name() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecificCharacterSet s && Arrays.equals(codes, s.codes) && charset.equals(s.charset);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codes) * 31 + charset.hashCode();
  }
}
