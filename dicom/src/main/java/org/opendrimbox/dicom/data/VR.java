package org.opendrimbox.dicom.data;

/** Value Representations of PS3.5 section 6.2, with their encoding properties. */
public enum VR {
  AE(Kind.ASCII, false), AS(Kind.ASCII, false), AT(Kind.BINARY, false), CS(Kind.ASCII, false),
  DA(Kind.ASCII, false), DS(Kind.ASCII, false), DT(Kind.ASCII, false), FD(Kind.BINARY, false),
  FL(Kind.BINARY, false), IS(Kind.ASCII, false), LO(Kind.TEXT, false), LT(Kind.TEXT, false),
  OB(Kind.BINARY, true), OD(Kind.BINARY, true), OF(Kind.BINARY, true), OL(Kind.BINARY, true),
  OV(Kind.BINARY, true), OW(Kind.BINARY, true), PN(Kind.TEXT, false), SH(Kind.TEXT, false),
  SL(Kind.BINARY, false), SQ(Kind.SEQUENCE, true), SS(Kind.BINARY, false), ST(Kind.TEXT, false),
  SV(Kind.BINARY, true), TM(Kind.ASCII, false), UC(Kind.TEXT, true), UI(Kind.ASCII, false),
  UL(Kind.BINARY, false), UN(Kind.BINARY, true), UR(Kind.ASCII, true), US(Kind.BINARY, false),
  UT(Kind.TEXT, true), UV(Kind.BINARY, true);

  private enum Kind { ASCII, TEXT, BINARY, SEQUENCE }

  private static final VR[] BY_CODE = new VR[26 * 26];

  static {
    for (VR vr : values()) {
      BY_CODE[index(vr.code)] = vr;
    }
  }

  private final Kind kind;
  private final boolean longHeader;
  private final int code;

  VR(Kind kind, boolean longHeader) {
    this.kind = kind;
    this.longHeader = longHeader;
    this.code = (name().charAt(0) << 8) | name().charAt(1);
  }

  private static int index(int code) {
    int a = (code >>> 8) - 'A';
    int b = (code & 0xFF) - 'A';
    return (a < 0 || a >= 26 || b < 0 || b >= 26) ? -1 : a * 26 + b;
  }

  /** The two ASCII characters as an int, first character in the high byte ('A' << 8 | 'E'). */
  public int code() {
    return code;
  }

  /** VR of a two-character code, or null if the code is not a known VR. */
  public static VR fromCode(int code) {
    int i = index(code);
    return i < 0 ? null : BY_CODE[i];
  }

  /** Explicit VR encoding uses two reserved bytes and a 4-byte length for this VR. */
  public boolean longHeader() {
    return longHeader;
  }

  /** Character string VRs (text is padded with a space, UI with NUL). */
  public boolean isString() {
    return kind == Kind.ASCII || kind == Kind.TEXT;
  }

  /** True if values of this VR are affected by the Specific Character Set (SH, LO, ST, LT, UC, UT, PN). */
  public boolean usesCharacterSet() {
    return kind == Kind.TEXT;
  }

  /** True for SQ. */
  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  /** True for binary VRs (numbers, AT, OB/OW/... and UN). */
  public boolean isBinary() {
    return kind == Kind.BINARY;
  }

  /** True for the "other" VRs (OB, OD, OF, OL, OV, OW) and UN, which may hold bulk data. */
  public boolean isBulkCandidate() {
    return longHeader && kind == Kind.BINARY;
  }

  /** Single-valued text VRs whose value may contain backslashes (LT, ST, UT, UR). */
  public boolean isSingleValuedText() {
    return this == LT || this == ST || this == UT || this == UR;
  }

  /** Byte used to pad odd-length values: NUL for UI and binary VRs, space for other strings. */
  public int paddingByte() {
    return (isString() && this != UI) ? ' ' : 0;
  }

  /** Size in bytes of one binary value (2 for US/SS/OW/AT parts, 4 for UL/SL/FL/OF/OL, 8 for FD/OD/SV/UV/OV), 1 otherwise. */
  public int bytesPerValue() {
    switch (this) {
      case US: case SS: case OW: return 2;
      case UL: case SL: case FL: case OF: case OL: case AT: return 4;
      case FD: case OD: case SV: case UV: case OV: return 8;
      default: return 1;
    }
  }
}
