package org.opendrimbox.dicom.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Conversions between encoded (little endian) value bytes and Java values. */
public final class ValueCodec {

  private static final String[] NO_STRINGS = {};

  private ValueCodec() {}

  /** Decodes a string value into its values (split on backslash except for LT, ST, UT, UR), trimmed. */
  public static String[] decodeStrings(byte[] b, VR vr, SpecificCharacterSet cs) {
    if (b == null || b.length == 0) {
      return NO_STRINGS;
    }
    String s = vr.usesCharacterSet() ? cs.decode(b, 0, b.length) : new String(b, StandardCharsets.ISO_8859_1);
    if (vr.isSingleValuedText()) {
      String t = trimEnd(s);
      return t.isEmpty() ? NO_STRINGS : new String[] {t};
    }
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\\') {
        out.add(trim(s.substring(start, i)));
        start = i + 1;
      }
    }
    if (out.size() == 1 && out.get(0).isEmpty()) {
      return NO_STRINGS;
    }
    return out.toArray(NO_STRINGS);
  }

  private static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == 0)) {
      e--;
    }
    return s.substring(b, e);
  }

  private static String trimEnd(String s) {
    int e = s.length();
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == 0)) {
      e--;
    }
    return s.substring(0, e);
  }

  /** Encodes string values joined by backslash, padded to even length. */
  public static byte[] encodeStrings(String[] values, VR vr, SpecificCharacterSet cs) {
    String joined = values.length == 1 ? values[0] : String.join("\\", values);
    byte[] b = vr.usesCharacterSet() ? cs.encode(joined) : joined.getBytes(StandardCharsets.ISO_8859_1);
    return pad(b, vr);
  }

  /** Pads odd-length bytes with the VR's padding byte. */
  public static byte[] pad(byte[] b, VR vr) {
    if ((b.length & 1) == 0) {
      return b;
    }
    byte[] p = new byte[b.length + 1];
    System.arraycopy(b, 0, p, 0, b.length);
    p[b.length] = (byte) vr.paddingByte();
    return p;
  }

  /** Number of binary values in the bytes. */
  public static int count(byte[] b, VR vr) {
    return b.length / vr.bytesPerValue();
  }

  /** Reads one integer-like value (US, SS, UL, SL, AT, OW, OB, ...) at the given index. */
  public static long longAt(byte[] b, VR vr, int index) {
    int n = vr.bytesPerValue();
    int o = index * n;
    switch (vr) {
      case US: case OW: return u16(b, o);
      case SS: return (short) u16(b, o);
      case UL: case OL: return u32(b, o);
      case SL: return (int) u32(b, o);
      case AT: return (u16(b, o) << 16) | u16(b, o + 2);
      case SV: case UV: case OV: return u32(b, o) | (u32(b, o + 4) << 32);
      case FL: case OF: return (long) Float.intBitsToFloat((int) u32(b, o));
      case FD: case OD: return (long) Double.longBitsToDouble(u32(b, o) | (u32(b, o + 4) << 32));
      default: return b[o] & 0xFF;
    }
  }

  /** Reads one floating point value (FL, FD, OF, OD or any integer VR) at the given index. */
  public static double doubleAt(byte[] b, VR vr, int index) {
    int o = index * vr.bytesPerValue();
    switch (vr) {
      case FL: case OF: return Float.intBitsToFloat((int) u32(b, o));
      case FD: case OD: return Double.longBitsToDouble(u32(b, o) | (u32(b, o + 4) << 32));
      default: return longAt(b, vr, index);
    }
  }

  /** Text form of the binary values (numbers, AT as hex), backslash separated. */
  public static String[] binaryToStrings(byte[] b, VR vr) {
    int n = count(b, vr);
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      if (vr == VR.FL || vr == VR.FD || vr == VR.OF || vr == VR.OD) {
        s[i] = Double.toString(doubleAt(b, vr, i));
      } else if (vr == VR.AT) {
        s[i] = String.format("%08X", longAt(b, vr, i));
      } else if (vr == VR.UV || vr == VR.OV) {
        s[i] = Long.toUnsignedString(longAt(b, vr, i));
      } else {
        s[i] = Long.toString(longAt(b, vr, i));
      }
    }
    return s;
  }

  /** Encodes numbers given as text into a binary VR (used by setString on binary VRs and the JSON reader). */
  public static byte[] stringsToBinary(String[] values, VR vr) {
    if (values.length == 0 || (values.length == 1 && (values[0] == null || values[0].isBlank()))) {
      return new byte[0];
    }
    int n = vr.bytesPerValue();
    byte[] b = new byte[values.length * n];
    for (int i = 0; i < values.length; i++) {
      String v = values[i] == null ? "" : values[i].trim();
      if (v.isEmpty()) {
        throw new NumberFormatException("empty value for binary VR " + vr);
      }
      long bits;
      if (vr == VR.FL || vr == VR.OF) {
        bits = Float.floatToIntBits(Float.parseFloat(v));
      } else if (vr == VR.FD || vr == VR.OD) {
        bits = Double.doubleToLongBits(Double.parseDouble(v));
      } else if (vr == VR.AT) {
        long t = Long.parseLong(v, 16);
        bits = ((t & 0xFFFF) << 16) | (t >>> 16);
      } else if (vr == VR.UV || vr == VR.OV) {
        bits = Long.parseUnsignedLong(v);
      } else {
        bits = Long.parseLong(v);
      }
      put(b, i * n, bits, n);
    }
    return b;
  }

  /** Encodes ints into a binary VR (US, SS, UL, SL, AT, SV, UV, FL, FD, OW, OL ...). */
  public static byte[] intsToBinary(int[] values, VR vr) {
    int n = vr.bytesPerValue();
    byte[] b = new byte[values.length * n];
    for (int i = 0; i < values.length; i++) {
      long bits;
      if (vr == VR.FL || vr == VR.OF) {
        bits = Float.floatToIntBits(values[i]);
      } else if (vr == VR.FD || vr == VR.OD) {
        bits = Double.doubleToLongBits(values[i]);
      } else if (vr == VR.AT) {
        bits = ((values[i] & 0xFFFFL) << 16) | (values[i] >>> 16);
      } else {
        bits = values[i];
      }
      put(b, i * n, bits, n);
    }
    return b;
  }

  private static void put(byte[] b, int o, long v, int n) {
    for (int k = 0; k < n; k++) {
      b[o + k] = (byte) (v >>> (8 * k));
    }
  }

  private static long u16(byte[] b, int o) {
    return (b[o] & 0xFF) | ((b[o + 1] & 0xFF) << 8);
  }

  private static long u32(byte[] b, int o) {
    return (b[o] & 0xFFL) | ((b[o + 1] & 0xFFL) << 8) | ((b[o + 2] & 0xFFL) << 16) | ((b[o + 3] & 0xFFL) << 24);
  }
}
